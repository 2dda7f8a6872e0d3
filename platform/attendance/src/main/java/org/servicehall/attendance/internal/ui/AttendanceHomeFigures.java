package org.servicehall.attendance.internal.ui;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.attendance.AttendancePosts;
import org.servicehall.attendance.Post;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.web.HomeFigure;
import org.servicehall.web.HomeFigure.Tone;
import org.servicehall.web.HomeFigures;
import org.servicehall.web.ViewInfo;

/**
 * Attendance on the console's home page for supervisors (issue 12; A2, A3): the windows staffed
 * now (someone clocked in and at the post) and how many are away from their post, over the sites.
 */
@Component(service = HomeFigures.class)
public final class AttendanceHomeFigures implements HomeFigures {
    private final SiteService sites;
    private final AttendancePosts posts;

    @Activate
    public AttendanceHomeFigures(@Reference SiteService sites, @Reference AttendancePosts posts) {
        this.sites = sites;
        this.posts = posts;
    }

    @Override
    public List<HomeFigure> figures(Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            return List.of();
        }
        int staffed = 0;
        int away = 0;
        for (Site site : sites.sites()) {
            for (Post p : posts.posts(site.id())) {
                if (p.staffed()) {
                    staffed++;
                } else if (p.leave().isPresent()) {
                    away++;
                }
            }
        }
        return List.of(new HomeFigure("staffed-windows", ViewInfo.STAFF, 10, "home.figure.staffedWindows", staffed,
                away > 0 ? Tone.WARNING : Tone.NORMAL, "attendance", "home.figure.staffedWindows.detail", List.of(away)));
    }
}
