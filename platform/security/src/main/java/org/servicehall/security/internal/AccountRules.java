package org.servicehall.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
    static final int MAX_PASSWORD_LENGTH = 256;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /** Passwords too common to accept, lower-case, from {@code common-passwords.txt} beside this class. */
    static final Set<String> COMMON_PASSWORDS = commonPasswords();

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

    /** A site code: 2-40 capital letters, digits or '-'. */
    static final Pattern SITE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    /** A site code, when one is given (null: roles on every site). */
    static void checkSite(Validator v, String siteCode) {
        v.check(siteCode == null || SITE_CODE.matcher(siteCode).matches(), "site",
                TEXTS.message("security.site.invalid", siteCode));
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

    /**
     * The password policy (S1, issue 16), wherever a password is set (a new account, a new password,
     * the first administrator): 10 to 256 characters, not containing the username, and not one of
     * the common passwords shipped with the platform. One message, for the first rule broken.
     */
    static void checkPassword(Validator v, String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            v.error("password", TEXTS.message("security.password.short", MIN_PASSWORD_LENGTH));
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            v.error("password", TEXTS.message("security.password.long", MAX_PASSWORD_LENGTH));
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            v.error("password", TEXTS.message("security.password.containsUsername"));
        } else if (COMMON_PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            v.error("password", TEXTS.message("security.password.common"));
        }
    }

    private static Set<String> commonPasswords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = AccountRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing beside " + AccountRules.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
