package org.servicehall.taxhall.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.servicehall.common.NotFound;
import org.servicehall.common.Texts;

/**
 * Policy explanations (政策解读, TX3): the small library of notes per tax service item that staff
 * show at the desk and citizens read on the public policy page, shipped in
 * {@code HALL-INF/i18n/tax-hall-policy*.properties} (keys {@code taxhall.policy.<ITEM>.<n>.title|text|basis}: the sector's start of the one key space, in
 * English and Chinese). Plain Java.
 */
public final class PolicyNotes {
    static final Texts TEXTS = Texts.of(PolicyNotes.class, "tax-hall-policy");
    private static final String FILE = "HALL-INF/i18n/tax-hall-policy.properties";

    /** One note in the reader's language. */
    public record Note(String serviceCode, int number, String title, String text, String basis) {
    }

    private final List<NoteKey> keys;

    private record NoteKey(String serviceCode, int number) {
    }

    public PolicyNotes() {
        Properties p = new Properties();
        try (InputStream in = PolicyNotes.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the tax hall's bundle");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<NoteKey> found = new TreeSet<>(Comparator.comparing(NoteKey::serviceCode).thenComparingInt(NoteKey::number));
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (parts.length == 5 && parts[0].equals("taxhall") && parts[1].equals("policy") && parts[3].matches("[0-9]{1,3}")) {
                found.add(new NoteKey(parts[2], Integer.parseInt(parts[3])));
            }
        }
        keys = List.copyOf(found);
    }

    /** The items that have notes, sorted. */
    public List<String> items() {
        return keys.stream().map(NoteKey::serviceCode).distinct().toList();
    }

    /**
     * The notes of one item in the reader's language, in order.
     *
     * @throws NotFound naming the item when the tax hall has no notes for it
     */
    public List<Note> notes(String serviceCode, Locale locale) {
        String code = serviceCode == null ? "" : serviceCode.strip().toUpperCase(Locale.ROOT);
        List<Note> out = keys.stream().filter(k -> k.serviceCode().equals(code)).map(k -> note(k, locale)).toList();
        if (out.isEmpty()) {
            throw new NotFound(TaxFeeRule.TEXTS.message("taxhall.error.noPolicyNotes", serviceCode == null ? "" : serviceCode.strip()));
        }
        return out;
    }

    /** Every note in the reader's language, by item. */
    public List<Note> all(Locale locale) {
        return keys.stream().map(k -> note(k, locale)).toList();
    }

    /** Whether every note has its title, text and basis in both languages (for the test of the files). */
    boolean complete() {
        return keys.stream().allMatch(k -> List.of("title", "text", "basis").stream()
                .allMatch(f -> TEXTS.hasBoth(prefix(k) + f)));
    }

    private static Note note(NoteKey k, Locale locale) {
        String p = prefix(k);
        return new Note(k.serviceCode(), k.number(), TEXTS.message(p + "title").in(locale), TEXTS.message(p + "text").in(locale),
                TEXTS.message(p + "basis").in(locale));
    }

    private static String prefix(NoteKey k) {
        return "taxhall.policy." + k.serviceCode() + "." + k.number() + ".";
    }
}
