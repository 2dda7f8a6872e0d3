package org.servicehall.web;

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
 */
public record ViewInfo(String path, String titleKey, String icon, Role requiredRole, String sector, int order) {
    private static final Pattern PATH = Pattern.compile("[a-z0-9]+([/-][a-z0-9]+)*");

    public ViewInfo {
        if (path == null || !(path.isEmpty() || PATH.matcher(path).matches())) {
            throw new IllegalArgumentException("view path '" + path + "' must be lower-case words separated by '/' or '-'");
        }
        if (titleKey == null || titleKey.isBlank()) {
            throw new IllegalArgumentException("view '" + path + "' needs a title key");
        }
        icon = icon == null || icon.isBlank() ? "FILE_O" : icon;
        sector = sector == null || sector.isBlank() ? "core" : sector;
    }

    public boolean isPublic() {
        return requiredRole == null;
    }
}
