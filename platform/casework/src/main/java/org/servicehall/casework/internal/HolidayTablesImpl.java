package org.servicehall.casework.internal;

import static org.servicehall.casework.internal.CaseParts.TEXTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.HolidayTables;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.CalendarDay;
import org.servicehall.site.Site;

/**
 * T2: loads a yearly holiday table into the site's calendar through the site service (each day
 * audited there): the whole file is checked first ({@link HolidayFile}); then the year's special
 * days that the table does not list are removed and its days set. The years without a table are
 * the standing warning: this year, and the next one from {@code holidayWarningDays} before it starts.
 */
@Component(service = HolidayTables.class)
public final class HolidayTablesImpl implements HolidayTables {
    private final CaseParts parts;

    @Activate
    public HolidayTablesImpl(@Reference CaseParts parts) {
        this.parts = parts;
    }

    @Override
    public Table load(Actor actor, long siteId, String text) {
        actor.require(Role.ADMIN, "load a holiday table");
        parts.sites.site(siteId);
        HolidayFile.Parsed table = HolidayFile.parse(text, TEXTS);
        Set<LocalDate> listed = new HashSet<>();
        table.days().forEach(d -> listed.add(d.date()));
        for (CalendarDay old : parts.sites.calendarDays(siteId)) {
            if (old.date().getYear() == table.year() && !listed.contains(old.date())) {
                parts.sites.removeCalendarDay(actor, siteId, old.date());
            }
        }
        for (CalendarDay day : table.days()) {
            parts.sites.setCalendarDay(actor, siteId, day);
        }
        Table saved = new Table(siteId, table.year(), (int) table.holidays(), (int) table.workdays(), actor.username(), parts.now());
        parts.store.inTransaction(c -> {
            parts.supervision.saveTable(c, saved);
            parts.audit.record(c, actor, "holidays.load", "HolidayTable", siteId + "/" + table.year(), null, saved);
            return null;
        });
        return saved;
    }

    @Override
    public List<Table> tables(long siteId) {
        parts.sites.site(siteId);
        return parts.store.read(c -> parts.supervision.tables(c, siteId));
    }

    @Override
    public List<Warning> warnings() {
        Set<String> loaded = new HashSet<>();
        parts.store.read(c -> parts.supervision.tables(c, null)).forEach(t -> loaded.add(t.siteId() + "/" + t.year()));
        List<Warning> out = new ArrayList<>();
        for (Site site : parts.sites.sites()) {
            LocalDate today = parts.today(site.id());
            List<Integer> years = new ArrayList<>(List.of(today.getYear()));
            if (!today.plusDays(parts.holidayWarningDays).isBefore(LocalDate.of(today.getYear() + 1, 1, 1))) {
                years.add(today.getYear() + 1);
            }
            for (int year : years) {
                if (!loaded.contains(site.id() + "/" + year)) {
                    out.add(new Warning(site.id(), site.code(), year));
                }
            }
        }
        return out;
    }
}
