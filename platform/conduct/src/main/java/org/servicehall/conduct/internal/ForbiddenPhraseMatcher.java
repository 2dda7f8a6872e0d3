package org.servicehall.conduct.internal;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servicehall.queue.TextFinding;

/**
 * Finds forbidden phrases (服务忌语, C3) in a text in one pass (Aho-Corasick), so it can run on every
 * keystroke. Built once per site catalogue; immutable and thread-safe once built.
 *
 * <p>How a text is compared, character by character: NFKC (full-width ＡＢＣ１ and half-width forms
 * are the same; compatibility ideographs fold), lower case, and whitespace, zero-width and other
 * format characters, control characters, punctuation and symbols are skipped, so “不 知 道”,
 * “不，知道”, “不\u200B知道” and “不…知…道” all contain 不知道. Chinese has no word boundaries and
 * none are required. A phrase that is nothing but skipped characters can never match and is
 * ignored.
 *
 * <p>Findings do not overlap: of phrases competing for the same characters the longer wins, then
 * the earlier. Each finding reports where it stands in the original text (start of its first
 * character, end after its last, with whatever was skipped in between).
 */
public final class ForbiddenPhraseMatcher {

    /** A phrase to find and what to suggest instead. */
    public record Entry(String phrase, String suggestion) {
    }

    /** A matcher that finds nothing. */
    public static final ForbiddenPhraseMatcher EMPTY = new ForbiddenPhraseMatcher(List.of());

    private static final class Node {
        final Map<Integer, Node> next = new HashMap<>(4);
        Node fail;
        /** The entry whose key ends here, or -1. */
        int entry = -1;
        /** The nearest node on the fail chain (itself excluded) that ends an entry. */
        Node output;
        int depth;
    }

    private final Node root = new Node();
    private final List<Entry> entries = new ArrayList<>();
    private final int[] lengths;

    /** Builds the automaton; a later entry with the same key (as compared) as an earlier one replaces it. */
    public ForbiddenPhraseMatcher(List<Entry> phrases) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry e : phrases) {
            String key = key(e.phrase());
            if (!key.isEmpty()) {
                byKey.put(key, e);
            }
        }
        lengths = new int[byKey.size()];
        for (Map.Entry<String, Entry> e : byKey.entrySet()) {
            int index = entries.size();
            entries.add(e.getValue());
            Node node = root;
            int[] cps = e.getKey().codePoints().toArray();
            for (int cp : cps) {
                Node parent = node;
                node = node.next.computeIfAbsent(cp, c -> {
                    Node n = new Node();
                    n.depth = parent.depth + 1;
                    return n;
                });
            }
            node.entry = index;
            lengths[index] = cps.length;
        }
        linkFailures();
    }

    private void linkFailures() {
        ArrayDeque<Node> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            for (Map.Entry<Integer, Node> t : node.next.entrySet()) {
                int cp = t.getKey();
                Node child = t.getValue();
                Node f = node.fail;
                while (f != root && !f.next.containsKey(cp)) {
                    f = f.fail;
                }
                Node target = f.next.get(cp);
                child.fail = target != null && target != child ? target : root;
                child.output = child.fail.entry >= 0 ? child.fail : child.fail.output;
                queue.add(child);
            }
        }
    }

    /** How many distinct phrases it finds. */
    public int size() {
        return entries.size();
    }

    /** The phrases it finds, in the order given (duplicates by key removed). */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The findings in {@code text}, in text order; empty for null or empty text. */
    public List<TextFinding> find(String text) {
        if (text == null || text.isEmpty() || entries.isEmpty()) {
            return List.of();
        }
        // positions in the original text of each compared character
        int[] from = new int[Math.min(text.length(), 1 << 20) + 8];
        int[] to = new int[from.length];
        int count = 0;
        List<long[]> candidates = new ArrayList<>();
        Node node = root;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int after = i + Character.charCount(cp);
            String folded = fold(cp);
            for (int k = 0; k < folded.length();) {
                int c = folded.codePointAt(k);
                k += Character.charCount(c);
                if (skipped(c)) {
                    continue;
                }
                if (count == from.length) {
                    from = java.util.Arrays.copyOf(from, count * 2);
                    to = java.util.Arrays.copyOf(to, count * 2);
                }
                from[count] = i;
                to[count] = after;
                int position = count++;
                while (node != root && !node.next.containsKey(c)) {
                    node = node.fail;
                }
                Node n = node.next.get(c);
                node = n == null ? root : n;
                for (Node out = node.entry >= 0 ? node : node.output; out != null; out = out.output) {
                    int e = out.entry;
                    candidates.add(new long[] { position - lengths[e] + 1, position, e });
                }
            }
            i = after;
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        // longest first, then earliest; keep those that do not overlap one already kept
        candidates.sort(Comparator.<long[]>comparingLong(c -> -(c[1] - c[0])).thenComparingLong(c -> c[0]));
        boolean[] taken = new boolean[count];
        List<TextFinding> findings = new ArrayList<>();
        for (long[] c : candidates) {
            int s = (int) c[0];
            int e = (int) c[1];
            boolean free = true;
            for (int p = s; p <= e && free; p++) {
                free = !taken[p];
            }
            if (free) {
                for (int p = s; p <= e; p++) {
                    taken[p] = true;
                }
                Entry entry = entries.get((int) c[2]);
                findings.add(new TextFinding(from[s], to[e], entry.phrase(), entry.suggestion()));
            }
        }
        findings.sort(Comparator.comparingInt(TextFinding::start));
        return List.copyOf(findings);
    }

    /** A phrase as the matcher compares it: folded, without the characters it skips. */
    public static String key(String phrase) {
        if (phrase == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(phrase.length());
        phrase.codePoints().forEach(cp -> fold(cp).codePoints().filter(c -> !skipped(c)).forEach(b::appendCodePoint));
        return b.toString();
    }

    private static String fold(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
        }
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Whitespace, zero-width and format characters, controls, punctuation and symbols. */
    static boolean skipped(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
        case Character.FORMAT, Character.CONTROL, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.NON_SPACING_MARK,
                Character.ENCLOSING_MARK:
            return true;
        default:
            return false;
        }
    }
}
