/**
 * Attendance (REQUIREMENTS A1-A5): rosters of who staffs which window in which shift, clock-in and
 * clock-out against the window's opening (提前10分钟到岗), leave-post (离岗) with reason and duration,
 * monthly reports with audited corrections. The area plugs into the queue as a
 * {@link org.servicehall.queue.CallGuard} (a window calls only while a signed-in staff member is at
 * it, A3/A4) and publishes events and live staffing alerts under {@link AttendanceEvents}; sector
 * plugins add their own live rules as {@link org.servicehall.attendance.StaffingRule} services.
 *
 * <p>1.1: one service per concern, {@link AttendanceRoster} (A1), {@link AttendancePosts} (A2-A4) and
 * {@link AttendanceReports} (A5), with {@link AttendanceService} kept as their aggregate; builders for
 * {@link AttendanceRecord} and {@link StaffingSnapshot}, factory methods for {@link StaffingAlert}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.attendance;
