package org.servicehall.security.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.servicehall.common.Validator;
import org.servicehall.security.Role;

/** What makes a username, display name and password acceptable. Plain Java. */
final class AccountRules {
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    static String normalizeUsername(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    static void checkAccount(Validator v, String username, String displayName, Set<Role> roles) {
        v.required("username", username)
                .matches("username", username, USERNAME,
                        "is not a valid username: use 2-64 lower-case letters, digits, '.', '_' or '-'")
                .required("displayName", displayName)
                .maxLength("displayName", displayName, 128)
                .check(roles != null && !roles.isEmpty(), "roles", "at least one role is required");
    }

    static void checkPassword(Validator v, String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            v.error("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        } else if (password.length() > 256) {
            v.error("password", "must be at most 256 characters long");
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            v.error("password", "must not contain the username");
        }
    }
}
