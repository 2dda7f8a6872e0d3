package org.servicehall.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fits what an audit entry says into its columns, so the audit log never makes a valid change
 * fail (S2): a name (actor, action, entity type and id) longer than its column keeps its start and
 * ends in a hash of the whole, so it stays searchable by its start and two names never share an
 * entry; a state longer than its column is cut with a note of its full length. Characters no
 * database column can hold (NUL, unpaired surrogates) become U+FFFD. Plain Java.
 */
final class AuditText {
    /** The width of the name columns (actor, action, entity_type, entity_id). */
    static final int NAME_COLUMN = 64;
    /** The width of the before and after state columns. */
    static final int STATE_COLUMN = 4000;
    private static final int HASH_CHARS = 16;

    private AuditText() {
    }

    /** The name as stored: itself if it fits, else its start, '~' and 16 hex digits of its SHA-256. */
    static String name(String value) {
        String text = storable(value);
        if (text.length() <= NAME_COLUMN) {
            return text;
        }
        String hash = HexFormat.of().formatHex(sha256(text)).substring(0, HASH_CHARS);
        return start(text, NAME_COLUMN - HASH_CHARS - 1) + "~" + hash;
    }

    /** The state as stored: itself if it fits, else its start and a note saying how long it was. */
    static String state(Object value) {
        if (value == null) {
            return null;
        }
        String text = storable(value.toString());
        if (text.length() <= STATE_COLUMN) {
            return text;
        }
        String note = "… [" + text.length() + " characters, shortened]";
        return start(text, STATE_COLUMN - note.length()) + note;
    }

    /** At most {@code max} characters from the start, never ending in half a surrogate pair. */
    private static String start(String text, int max) {
        int end = Math.min(max, text.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String storable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = c == '\u0000' || Character.isLowSurrogate(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
