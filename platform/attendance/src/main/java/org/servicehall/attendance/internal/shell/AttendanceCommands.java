package org.servicehall.attendance.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.AttendanceRecord;
import org.servicehall.attendance.LeavePost;
import org.servicehall.attendance.Post;
import org.servicehall.security.Actor;
import org.servicehall.site.SiteService;

/** {@code hall:clock-in}, {@code hall:clock-out}, {@code hall:leave-post}, {@code hall:return}, {@code hall:posts} (A2-A4). */
public final class AttendanceCommands {
    private AttendanceCommands() {
    }

    /** A command about a site's posts, named by the site's code: {@code hall:<command> DEMO …}. */
    abstract static class SiteCommand implements Action {
        @Argument(index = 0, name = "site", required = true)
        String site;
        @Reference
        AttendancePosts attendance;
        @Reference
        SiteService sites;

        long siteId() {
            return sites.siteWithCode(site).id();
        }
    }

    /** A command about one staff member of the site: {@code hall:<command> DEMO S001 …}. */
    abstract static class StaffCommand extends SiteCommand {
        @Argument(index = 1, name = "staffNumber", required = true)
        String staff;
    }

    /** {@code hall:clock-in DEMO S001 1}. */
    @Service
    @Command(scope = "hall", name = "clock-in", description = "Clock a staff member in at a window (A2)")
    public static class ClockIn extends StaffCommand {
        @Argument(index = 2, name = "window", required = true)
        int window;

        @Override
        public Object execute() {
            AttendanceRecord r = attendance.clockIn(Actor.KARAF_CONSOLE, siteId(), staff, window);
            System.out.println(r.staffName() + " (" + r.staffNumber() + ") clocked in at window " + r.windowNumber() + ": " + r.status());
            return null;
        }
    }

    /** {@code hall:clock-out DEMO S001}. */
    @Service
    @Command(scope = "hall", name = "clock-out", description = "Clock a staff member out (A2)")
    public static class ClockOut extends StaffCommand {

        @Override
        public Object execute() {
            AttendanceRecord r = attendance.clockOut(Actor.KARAF_CONSOLE, siteId(), staff);
            System.out.println(r.staffName() + " (" + r.staffNumber() + ") clocked out: " + r.status());
            return null;
        }
    }

    /** {@code hall:leave-post DEMO S001 "fetching forms"}. */
    @Service
    @Command(scope = "hall", name = "leave-post", description = "A staff member leaves the post with a reason (A3)")
    public static class LeavePostCommand extends StaffCommand {
        @Argument(index = 2, name = "reason", required = true)
        String reason;

        @Override
        public Object execute() {
            LeavePost l = attendance.leavePost(Actor.KARAF_CONSOLE, siteId(), staff, reason);
            System.out.println(l.staffNumber() + " left window " + l.windowNumber() + " (" + l.reason() + "); the window does not call");
            return null;
        }
    }

    /** {@code hall:return DEMO S001}. */
    @Service
    @Command(scope = "hall", name = "return", description = "A staff member returns to the post (A3)")
    public static class Return extends StaffCommand {

        @Override
        public Object execute() {
            LeavePost l = attendance.returnToPost(Actor.KARAF_CONSOLE, siteId(), staff);
            System.out.println(l.staffNumber() + " is back at window " + l.windowNumber() + " after "
                    + l.duration(l.returnedAt()).toMinutes() + " min");
            return null;
        }
    }

    /** {@code hall:posts DEMO}. */
    @Service
    @Command(scope = "hall", name = "posts", description = "Who is signed in at which window (A4)")
    public static class Posts extends SiteCommand {

        @Override
        public Object execute() {
            for (Post p : attendance.posts(siteId())) {
                System.out.println("window " + p.record().windowNumber() + ": " + p.record().staffName() + " (" + p.record().staffNumber()
                        + ")" + p.leave().map(l -> " AWAY since " + l.leftAt() + ": " + l.reason()).orElse(""));
            }
            return null;
        }
    }
}
