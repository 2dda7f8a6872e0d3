package org.servicehall.web;

import java.util.List;
import java.util.regex.Pattern;

import org.servicehall.security.Role;

/**
 * How a contributed view appears in the console.
 *
 * @param path the route, e.g. {@code hospital/catalogue}: lower-case words separated by '/' or '-'
 * @param titleKey the translation key of the menu entry and page title (from HALL-INF/i18n)
 * @param icon a Vaadin icon name such as {@code HOSPITAL} or {@code LIST}
 * @param requiredRole who may open it; {@code null} for a public page (kiosk, display board) that
 *        is shown without the console frame and needs no login
 * @param sector "core" or the plugin's sector, used to group the menu
 * @param order position in the menu, lower first
 * @param group the menu group (area) it is listed under, one of {@link #GROUPS} (since 1.5); when
 *        not given, the group follows from the sector and the path: a plugin's view is in
 *        {@link #SECTORS}, {@code queue/…}, {@code desk}, {@code supervisor} in {@link #QUEUE},
 *        {@code attendance/…} in {@link #STAFF}, and so on, {@code admin/…} in {@link #SETUP}
 */
public record ViewInfo(String path, String titleKey, String icon, Role requiredRole, String sector, int order, String group) {
    private static final Pattern PATH = Pattern.compile("[a-z0-9]+([/-][a-z0-9]+)*");

    /** The menu groups (since 1.5). */
    public static final String QUEUE = "queue";
    public static final String STAFF = "staff";
    public static final String CONDUCT = "conduct";
    public static final String COMPLAINTS = "complaints";
    public static final String ASSESSMENT = "assessment";
    public static final String CASEWORK = "casework";
    public static final String SETUP = "setup";
    public static final String SECTORS = "sectors";
    /** The home page's own group: listed first, above the others. */
    public static final String HOME = "home";
    /** The groups in menu order (since 1.5). */
    public static final List<String> GROUPS = List.of(HOME, QUEUE, STAFF, CONDUCT, COMPLAINTS, ASSESSMENT, CASEWORK, SETUP, SECTORS);

    public ViewInfo {
        if (path == null || !(path.isEmpty() || PATH.matcher(path).matches())) {
            throw new IllegalArgumentException("view path '" + path + "' must be lower-case words separated by '/' or '-'");
        }
        if (titleKey == null || titleKey.isBlank()) {
            throw new IllegalArgumentException("view '" + path + "' needs a title key");
        }
        icon = icon == null || icon.isBlank() ? "FILE_O" : icon;
        sector = sector == null || sector.isBlank() ? "core" : sector;
        group = group == null || group.isBlank() ? groupOf(path, sector) : group;
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException("view '" + path + "' names the menu group '" + group + "'; the groups are " + GROUPS);
        }
    }

    /** A view in the group its sector and path give (as before 1.5). */
    public ViewInfo(String path, String titleKey, String icon, Role requiredRole, String sector, int order) {
        this(path, titleKey, icon, requiredRole, sector, order, null);
    }

    public boolean isPublic() {
        return requiredRole == null;
    }

    private static String groupOf(String path, String sector) {
        if (!"core".equals(sector)) {
            return SECTORS;
        }
        if (path == null || path.isEmpty()) {
            return HOME;
        }
        String[] words = path.split("/");
        String first = words[0].equals("admin") && words.length > 1 ? words[1] : words[0];
        return switch (first) {
        case "queue", "kiosk", "board", "desk", "supervisor", "appointments", "booking" -> QUEUE;
        case "attendance", "my-day", "staff-day" -> STAFF;
        case "conduct", "discipline", "inspection", "violations" -> CONDUCT;
        case "complaints", "complain", "rating", "ratings" -> COMPLAINTS;
        case "assessment" -> ASSESSMENT;
        case "casework", "cases" -> CASEWORK;
        default -> SETUP;
        };
    }
}
