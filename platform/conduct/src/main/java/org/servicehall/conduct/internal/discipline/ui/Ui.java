package org.servicehall.conduct.internal.discipline.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.servicehall.common.HallException;
import org.servicehall.security.Actor;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.Staff;
import org.servicehall.site.Window;
import org.servicehall.web.Console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;

/** Small helpers the discipline screens share. */
final class Ui {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Ui() {
    }

    static String time(Instant at, Clock clock) {
        return at == null ? "" : TIME.format(at.atZone(clock.getZone()));
    }

    /** The installation's clock in the site's zone (issue 12), or as it is while no site is picked. */
    static Clock clock(SiteService sites, Site site, Clock clock) {
        return site == null ? clock : sites.clock(site.id());
    }

    /** The signed-in user's staff number at the site, if they are staff there. */
    static Optional<String> ownNumber(SiteService sites, Site site) {
        if (site == null) {
            return Optional.empty();
        }
        Actor actor = Console.currentActor().orElse(null);
        if (actor == null) {
            return Optional.empty();
        }
        return sites.staff(site.id()).stream().filter(s -> actor.username().equalsIgnoreCase(s.username()))
                .map(Staff::staffNumber).findFirst();
    }

    /** The site chosen in the picker, or an error telling the user to choose one. */
    static Site require(Site site, Component view) {
        if (site == null) {
            throw new HallException(view.getTranslation("site.choose"));
        }
        return site;
    }

    static ComboBox<Integer> windowBox(String id, String label) {
        ComboBox<Integer> box = new ComboBox<>(label);
        box.setId(id);
        box.setItemLabelGenerator(n -> n + "");
        return box;
    }

    static ComboBox<String> staffBox(String id, String label) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setId(id);
        return box;
    }

    static void fill(SiteService sites, Site site, ComboBox<Integer> windows, ComboBox<String> staff) {
        List<Integer> numbers = site == null ? List.of() : sites.windows(site.id()).stream().map(Window::number).sorted().toList();
        List<Staff> members = site == null ? List.of() : sites.staff(site.id()).stream().filter(Staff::active).toList();
        if (windows != null) {
            windows.setItems(numbers);
        }
        if (staff != null) {
            staff.setItems(members.stream().map(Staff::staffNumber).toList());
            staff.setItemLabelGenerator(n -> members.stream().filter(s -> s.staffNumber().equals(n)).findFirst()
                    .map(s -> s.staffNumber() + " " + s.name()).orElse(n));
        }
    }
}
