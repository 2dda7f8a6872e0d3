package org.servicehall.casework.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseFilter;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.CaseStep;
import org.servicehall.casework.HandOver;
import org.servicehall.casework.HolidayTables;
import org.servicehall.casework.Light;
import org.servicehall.casework.Supervision;
import org.servicehall.casework.Supervision.Dimension;
import org.servicehall.security.Actor;
import org.servicehall.site.SiteService;
import org.servicehall.web.RequestValues;

/**
 * {@code hall:cases}, {@code hall:case}, {@code hall:supervision}, {@code hall:casework-sweep},
 * {@code hall:holidays-load} and {@code hall:holiday-warnings} (T1-T3, T2), acting as the Karaf
 * console (an administrator).
 */
public final class CaseCommands {
    private static final Actor CONSOLE = Actor.KARAF_CONSOLE;

    private CaseCommands() {
    }

    /** What the site commands take: the site by its code. */
    abstract static class SiteCommand implements Action {
        @Argument(index = 0, name = "site", required = true, description = "The site's code")
        String site;
        @Reference
        SiteService sites;

        long siteId() {
            return sites.siteWithCode(site).id();
        }
    }

    static String line(Case c) {
        return c.number() + "  " + c.stage() + (c.paused() ? " (paused)" : "") + "  " + c.light() + "  " + c.serviceCode() + "  due "
                + (c.due() == null ? "-" : c.due()) + "  left " + c.daysLeft() + "/" + c.limitDays() + "  window " + c.windowNumber()
                + "  staff " + c.staffNumber() + (c.unit() == null ? "" : "  at " + c.unit()) + "  visits " + c.visits();
    }

    /** {@code hall:cases DEMO [--light RED] [--all] [--page 0]}: the open cases, earliest deadline first. */
    @Service
    @Command(scope = "hall", name = "cases", description = "List a site's cases, earliest deadline first (T3)")
    public static class ListCases extends SiteCommand {
        @Option(name = "--light", description = "GREEN, YELLOW or RED")
        String light;
        @Option(name = "--all", description = "Also the cases that ended")
        boolean all;
        @Option(name = "--page", description = "The page, from 0 (50 a page)")
        int page;
        @Reference
        CaseReadModel cases;

        @Override
        public Object execute() {
            CaseFilter filter = all ? CaseFilter.ALL : CaseFilter.OPEN;
            if (light != null) {
                filter = filter.withLight(RequestValues.enumValue(Light.class, "light", light));
            }
            CasePage p = cases.cases(CONSOLE, siteId(), filter, page, 50);
            p.cases().forEach(c -> System.out.println(line(c)));
            System.out.println(p.total() + " case(s); page " + p.page());
            return null;
        }
    }

    /** {@code hall:case TAX-1-20261130-0001}: a case with its timeline and hand-overs. */
    @Service
    @Command(scope = "hall", name = "case", description = "Show a case with its timeline and hand-overs (T3)")
    public static class ShowCase implements Action {
        @Argument(index = 0, name = "number", required = true, description = "The case number")
        String number;
        @Reference
        CaseReadModel cases;

        @Override
        public Object execute() {
            Case c = cases.byNumber(CONSOLE, number);
            System.out.println(line(c));
            System.out.println("applicant " + c.applicant().kind() + " " + c.applicant().name() + " " + c.applicant().idNumber() + " "
                    + c.applicant().phone());
            for (CaseStep s : cases.timeline(CONSOLE, c.id())) {
                System.out.println("  " + s.at() + "  " + s.kind() + " -> " + s.stage() + "  " + s.actor() + (s.note() == null ? "" : "  " + s.note()));
            }
            for (HandOver h : cases.handOvers(CONSOLE, c.id())) {
                System.out.println("  hand-over " + h.at() + "  " + (h.fromUnit() == null ? "window" : h.fromUnit()) + " -> "
                        + (h.toUnit() == null ? "window" : h.toUnit()) + "  " + h.by());
            }
            return null;
        }
    }

    /** {@code hall:supervision DEMO [--by UNIT]}: the open cases by light. */
    @Service
    @Command(scope = "hall", name = "supervision", description = "Count a site's open cases by light (electronic supervision, T3)")
    public static class Counts extends SiteCommand {
        @Option(name = "--by", description = "SERVICE (default), UNIT, WINDOW or STAFF")
        String by;
        @Reference
        Supervision supervision;

        @Override
        public Object execute() {
            Dimension d = by == null ? Dimension.SERVICE : RequestValues.enumValue(Dimension.class, "by", by);
            Supervision.Counts counts = supervision.counts(CONSOLE, siteId(), d);
            System.out.println("all  green " + counts.all().green() + "  yellow " + counts.all().yellow() + "  red " + counts.all().red());
            for (Supervision.Tally t : counts.rows()) {
                System.out.println(d + " " + (t.key().isEmpty() ? "-" : t.key()) + "  green " + t.green() + "  yellow " + t.yellow() + "  red "
                        + t.red());
            }
            for (Supervision.Escalation e : supervision.escalations(CONSOLE, siteId())) {
                System.out.println("escalated " + e.number() + "  since " + e.raisedAt());
            }
            return null;
        }
    }

    /** {@code hall:casework-sweep}: turns the lights now (it also runs by itself). */
    @Service
    @Command(scope = "hall", name = "casework-sweep", description = "Update every open case's light now and escalate red cases (T3)")
    public static class Sweep implements Action {
        @Reference
        Supervision supervision;

        @Override
        public Object execute() {
            System.out.println(supervision.sweep() + " light(s) changed");
            return null;
        }
    }

    /** {@code hall:holidays-load DEMO /path/2026.txt}: a yearly holiday table into the site's calendar. */
    @Service
    @Command(scope = "hall", name = "holidays-load", description = "Load a yearly holiday table file into a site's calendar (T2)")
    public static class LoadHolidays extends SiteCommand {
        @Argument(index = 1, name = "file", required = true, description = "The table file (UTF-8)")
        String file;
        @Reference
        HolidayTables holidays;

        @Override
        public Object execute() throws IOException {
            HolidayTables.Table t = holidays.load(CONSOLE, siteId(), Files.readString(Path.of(file), StandardCharsets.UTF_8));
            System.out.println(t.year() + ": " + t.holidays() + " holiday(s), " + t.workdays() + " make-up working day(s)");
            return null;
        }
    }

    /** {@code hall:holiday-warnings}: the sites and years without a holiday table. */
    @Service
    @Command(scope = "hall", name = "holiday-warnings", description = "List the sites and years that have no holiday table yet (T2)")
    public static class HolidayWarnings implements Action {
        @Reference
        HolidayTables holidays;

        @Override
        public Object execute() {
            holidays.warnings().forEach(w -> System.out.println(w.siteCode() + "  " + w.year() + ": no holiday table"));
            return null;
        }
    }
}
