package org.servicehall.site.internal.ui;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.servicehall.security.Role;
import org.servicehall.security.SignInLock;
import org.servicehall.security.SignInService;
import org.servicehall.site.Site;
import org.servicehall.site.SiteService;
import org.servicehall.site.ui.SitePicker;
import org.servicehall.site.Staff;
import org.servicehall.site.StaffDraft;
import org.servicehall.web.Console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Staff of a site: staff number (also the login name), name, roles (S1) and whether active. */
public final class StaffView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient SiteService sites;
    private final SitePicker picker;
    private final Grid<Staff> grid = new Grid<>();
    private final TextField number = new TextField();
    private final TextField name = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();
    private final PasswordField password = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final Button setPassword = new Button();
    private final HorizontalLayout passwordReset;
    private final transient SignInService signIn;
    private final Button unlock = new Button();
    private transient Map<String, SignInLock> locks = Map.of();
    private Staff editing;

    public StaffView(SiteService sites, SignInService signIn) {
        this.sites = sites;
        this.signIn = signIn;
        setId("staff");
        picker = new SitePicker(sites, s -> refresh());
        add(new H2(getTranslation("staff.title")), picker);
        grid.setId("staff-grid");
        grid.addColumn(Staff::staffNumber).setHeader(getTranslation("staff.number")).setAutoWidth(true);
        grid.addColumn(Staff::name).setHeader(getTranslation("staff.name")).setFlexGrow(1);
        grid.addColumn(s -> s.roles().stream().sorted().map(r -> getTranslation(r.name().toLowerCase() + ".role"))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("staff.roles")).setFlexGrow(1);
        grid.addColumn(Staff::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.active() ? "staff.active" : "staff.inactive")).setHeader(getTranslation("staff.state"))
                .setAutoWidth(true);
        // S1: an account locked for failed sign-ins, until when (the site's time)
        grid.addColumn(s -> lockText(s)).setHeader(getTranslation("staff.signIn")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        number.setLabel(getTranslation("staff.number"));
        number.setId("staff-number");
        name.setLabel(getTranslation("staff.name"));
        name.setId("staff-name");
        roles.setLabel(getTranslation("staff.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.name().toLowerCase() + ".role"));
        active.setLabel(getTranslation("staff.active"));
        password.setLabel(getTranslation("staff.password"));
        password.setId("staff-password");
        FormLayout form = new FormLayout(number, name, roles, active, password);
        newPassword.setLabel(getTranslation("staff.newPassword"));
        newPassword.setId("staff-new-password");
        newPassword.setWidth("20em");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD); // not the admin's own saved password
        setPassword.setText(getTranslation("staff.setPassword"));
        setPassword.setId("staff-set-password");
        setPassword.addClickListener(e -> setPassword());
        unlock.setText(getTranslation("staff.unlock"));
        unlock.setId("staff-unlock");
        unlock.addClickListener(e -> unlock());
        passwordReset = new HorizontalLayout(newPassword, setPassword, unlock);
        passwordReset.setId("staff-password-reset");
        passwordReset.setAlignItems(Alignment.BASELINE);
        Button save = new Button(getTranslation("form.save"), e -> save());
        save.setId("staff-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button(getTranslation("form.new"), e -> edit(null));
        add(grid, form, new HorizontalLayout(save, create), passwordReset);
        refresh();
    }

    private void edit(Staff staff) {
        editing = staff;
        number.setValue(staff == null ? "" : staff.staffNumber());
        number.setReadOnly(staff != null);
        name.setValue(staff == null ? "" : staff.name());
        roles.setValue(staff == null ? EnumSet.of(Role.STAFF) : staff.roles());
        active.setValue(staff == null || staff.active());
        password.setValue("");
        password.setVisible(staff == null);
        newPassword.clear();
        newPassword.setInvalid(false);
        newPassword.setErrorMessage(null);
        // only an administrator of the site resets someone's password or lifts a sign-in lock, and only an existing staff member's (S1)
        Site site = picker.getValue();
        passwordReset.setVisible(staff != null && site != null
                && Console.currentActor().map(a -> a.hasAt(Role.ADMIN, site.code())).orElse(false));
        unlock.setVisible(staff != null && locks.containsKey(staff.username()));
    }

    private String lockText(Staff staff) {
        SignInLock lock = locks.get(staff.username());
        Site site = picker.getValue();
        if (lock == null || site == null) {
            return "";
        }
        return getTranslation("staff.lockedUntil", DateTimeFormatter.ofPattern("HH:mm").format(lock.until().atZone(site.zone())));
    }

    /** Lifts the selected staff member's sign-in lock (S1), audited by the sign-in service (S2). */
    private void unlock() {
        Staff staff = editing;
        if (staff != null && Console.attempt(() -> signIn.unlockAccount(Console.actor(), staff.username()), Map.of())) {
            Console.success(getTranslation("staff.unlocked", staff.name(), staff.username()));
            refresh();
        }
    }

    /** Gives the selected staff member's login account a new password (S1), audited by the service (S2). */
    private void setPassword() {
        Staff staff = editing;
        if (staff == null) {
            return;
        }
        Staff[] changed = new Staff[1];
        if (Console.attempt(() -> changed[0] = sites.setStaffPassword(Console.actor(), staff.id(), newPassword.getValue()),
                Map.of("password", newPassword))) {
            newPassword.clear();
            Console.success(getTranslation("staff.passwordSet", changed[0].name(), changed[0].username()));
        }
    }

    private void save() {
        Site site = picker.getValue();
        if (site == null) {
            Console.error(new org.servicehall.common.HallException(getTranslation("site.choose")));
            return;
        }
        StaffDraft draft = new StaffDraft(number.getValue(), name.getValue(), roles.getValue(), active.getValue());
        Staff[] saved = new Staff[1];
        if (Console.attempt(() -> saved[0] = editing == null
                ? sites.createStaff(Console.actor(), site.id(), draft, password.getValue())
                : sites.updateStaff(Console.actor(), editing.id(), draft),
                Map.of("staffNumber", number, "name", name, "roles", roles, "password", password))) {
            Console.success(getTranslation("form.saved", saved[0].name()));
            refresh();
        }
    }

    private void refresh() {
        Site site = picker.getValue();
        locks = signIn.locks().stream().filter(l -> l.kind() == SignInLock.Kind.ACCOUNT)
                .collect(Collectors.toMap(SignInLock::subject, l -> l, (a, b) -> a));
        grid.setItems(site == null ? List.of() : sites.staff(site.id()));
        edit(null);
    }
}
