package org.servicehall.attendance;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Attendance (A1-A5) as one service: the {@link AttendanceRoster rosters}, the {@link AttendancePosts
 * posts} (clock-in, leave-post, who is where) and the {@link AttendanceReports reports}. Staff are
 * named by their staff number (工号, as on the badge) within a site. Every change checks its input,
 * names every problem ({@link org.servicehall.common.ValidationException},
 * {@link org.servicehall.common.Conflict}, {@link org.servicehall.common.NotFound},
 * {@link org.servicehall.common.HallException}) and is saved with its audit entry or not at all.
 *
 * @deprecated since 1.1, kept for 1.x callers: reference the one of {@link AttendanceRoster},
 *             {@link AttendancePosts} or {@link AttendanceReports} you use. Each is a service of its own.
 */
@ProviderType
public interface AttendanceService extends AttendanceRoster, AttendancePosts, AttendanceReports {
}
