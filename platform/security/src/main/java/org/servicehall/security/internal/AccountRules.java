package org.servicehall.security.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.servicehall.common.Texts;
import org.servicehall.common.Validator;
import org.servicehall.security.Role;

/** What makes a username, display name and password acceptable. Plain Java. */
final class AccountRules {
    static final Texts TEXTS = Texts.of(AccountRules.class, "security");
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    static String normalizeUsername(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    static void checkAccount(Validator v, String username, String displayName, Set<Role> roles) {
        v.required("username", username)
                .check(username == null || username.isBlank() || USERNAME.matcher(username).matches(), "username",
                        TEXTS.message("security.username.invalid", username))
                .required("displayName", displayName)
                .maxLength("displayName", displayName, 128)
                .check(roles != null && !roles.isEmpty(), "roles", TEXTS.message("security.roles.required"));
    }

    /** The tag the console stores for a language it speaks ({@code zh-CN}, {@code en}), or null for any other. */
    static String languageTag(Locale language) {
        if (language == null) {
            return null;
        }
        return switch (language.getLanguage()) {
        case "zh" -> "zh-CN";
        case "en" -> "en";
        default -> null;
        };
    }

    static void checkPassword(Validator v, String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            v.error("password", TEXTS.message("security.password.short", MIN_PASSWORD_LENGTH));
        } else if (password.length() > 256) {
            v.error("password", TEXTS.message("security.password.long", 256));
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            v.error("password", TEXTS.message("security.password.containsUsername"));
        }
    }
}
