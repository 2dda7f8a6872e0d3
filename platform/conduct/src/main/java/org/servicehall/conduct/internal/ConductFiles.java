package org.servicehall.conduct.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.common.HallException;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RuleCategory;
import org.servicehall.queue.ServiceStep;

/**
 * Reads a {@code HALL-INF/conduct/*.properties} file (UTF-8; the platform ships
 * {@code core.properties}, sector plugins add their own). One entry per line, {@code key = value};
 * blank lines and lines starting with {@code #} or {@code !} are ignored; no continuation lines.
 *
 * <pre>
 * # a rule: category and Chinese wording are required, English and order optional
 * rule.H-DRESS-1.category = APPEARANCE
 * rule.H-DRESS-1.text     = 工作服整洁，佩戴胸牌上岗。
 * rule.H-DRESS-1.text.en  = Wear a clean uniform and your badge.
 * rule.H-DRESS-1.order    = 10
 *
 * # a forbidden phrase (服务忌语) and the standard phrase to say instead (after '|', optional)
 * forbidden.1 = 不知道|请稍等，我帮您问一下。
 *
 * # a general courtesy phrase (文明用语) shown to staff
 * courtesy.1 = 您好
 *
 * # the default standard phrase for a step of service (only in the platform's own file)
 * phrase.GREETING = 您好，请问您要办理什么业务？
 * </pre>
 *
 * Codes are 2-40 capital letters, digits or '-'; categories are the names of {@link RuleCategory};
 * steps the names of {@link ServiceStep}. Any problem fails the whole file with a message naming
 * the file, the line and the key.
 */
public final class ConductFiles {
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
    private static final Pattern RULE_KEY = Pattern.compile("rule\\.([^.]+)\\.(category|text|text\\.en|order)");
    private static final Pattern NUMBERED = Pattern.compile("(forbidden|courtesy)\\.([0-9]{1,4})");
    private static final Pattern PHRASE_KEY = Pattern.compile("phrase\\.([A-Z_]+)");
    static final int MAX_TEXT = 1000;

    private ConductFiles() {
    }

    /**
     * @param fileName the name used in messages, e.g. {@code "org.servicehall.hospital 1.0.0: HALL-INF/conduct/hospital.properties"}
     * @param source {@code core} or the plugin's symbolic name, recorded with each rule and phrase
     * @param core whether the file is the platform's own (only it may set step phrases)
     */
    public static ConductFile parse(String fileName, Reader reader, String source, boolean core) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Map<String, Integer> ruleLines = new LinkedHashMap<>();
        Map<Integer, ForbiddenPhrase> forbidden = new TreeMap<>();
        Map<Integer, String> courtesy = new TreeMap<>();
        Map<ServiceStep, String> phrases = new EnumMap<>(ServiceStep.class);
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String trimmed = strip(number == 1 ? line.replace("\uFEFF", "") : line);
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                String where = fileName + " line " + number;
                int sep = separator(trimmed);
                if (sep < 0) {
                    throw new HallException(where + ": '" + abbreviate(trimmed) + "' is not 'key = value'");
                }
                String key = trimmed.substring(0, sep).trim();
                String value = trimmed.substring(sep + 1).trim();
                where += " (key '" + key + "')";
                if (value.isEmpty()) {
                    throw new HallException(where + ": the value is empty");
                }
                if (value.length() > MAX_TEXT) {
                    throw new HallException(where + ": the value is " + value.length() + " characters long; at most " + MAX_TEXT);
                }
                Matcher m;
                if ((m = RULE_KEY.matcher(key)).matches()) {
                    String code = m.group(1);
                    if (!CODE.matcher(code).matches()) {
                        throw new HallException(where + ": '" + code + "' is not a valid rule code (2-40 capital letters, digits or '-')");
                    }
                    if (rules.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(m.group(2), value) != null) {
                        throw new HallException(where + ": the key appears twice");
                    }
                    ruleLines.putIfAbsent(code, number);
                } else if ((m = NUMBERED.matcher(key)).matches()) {
                    int n = Integer.parseInt(m.group(2));
                    boolean clash;
                    if (m.group(1).equals("forbidden")) {
                        clash = forbidden.put(n, forbidden(where, value, source)) != null;
                    } else {
                        clash = courtesy.put(n, value) != null;
                    }
                    if (clash) {
                        throw new HallException(where + ": the key appears twice");
                    }
                } else if ((m = PHRASE_KEY.matcher(key)).matches()) {
                    if (!core) {
                        throw new HallException(where + ": plugins cannot set step phrases; a site sets its own in the console");
                    }
                    ServiceStep step;
                    try {
                        step = ServiceStep.valueOf(m.group(1));
                    } catch (IllegalArgumentException e) {
                        throw new HallException(where + ": '" + m.group(1) + "' is not a service step; use one of "
                                + Arrays.toString(ServiceStep.values()));
                    }
                    if (phrases.put(step, value) != null) {
                        throw new HallException(where + ": the key appears twice");
                    }
                } else {
                    throw new HallException(where + ": unknown key; use rule.<CODE>.category|text|text.en|order, "
                            + "forbidden.<n>, courtesy.<n>" + (core ? " or phrase.<STEP>" : ""));
                }
            }
        } catch (IOException e) {
            throw new HallException(fileName + " could not be read: " + e.getMessage(), e);
        }
        List<ShippedRule> shipped = new ArrayList<>();
        rules.forEach((code, a) -> shipped.add(rule(fileName + " line " + ruleLines.get(code), code, a, source, ruleLines.get(code))));
        shipped.sort(Comparator.comparingInt(ShippedRule::order));
        return new ConductFile(shipped, List.copyOf(forbidden.values()), List.copyOf(courtesy.values()), phrases);
    }

    private static ShippedRule rule(String where, String code, Map<String, String> a, String source, int line) {
        String category = a.get("category");
        if (category == null) {
            throw new HallException(where + " (key 'rule." + code + ".category'): rule " + code + " has no category");
        }
        RuleCategory c;
        try {
            c = RuleCategory.valueOf(category.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HallException(where + " (key 'rule." + code + ".category'): '" + category + "' is not one of "
                    + Arrays.toString(RuleCategory.values()));
        }
        String text = a.get("text");
        if (text == null) {
            throw new HallException(where + " (key 'rule." + code + ".text'): rule " + code + " has no Chinese text");
        }
        int order = line;
        if (a.containsKey("order")) {
            try {
                order = Integer.parseInt(a.get("order"));
            } catch (NumberFormatException e) {
                throw new HallException(where + " (key 'rule." + code + ".order'): '" + a.get("order") + "' is not a whole number");
            }
        }
        return new ShippedRule(code, c, text, a.getOrDefault("text.en", text), source, order);
    }

    private static ForbiddenPhrase forbidden(String where, String value, String source) {
        int bar = value.indexOf('|');
        String phrase = (bar < 0 ? value : value.substring(0, bar)).trim();
        String suggestion = bar < 0 ? "" : value.substring(bar + 1).trim();
        if (ForbiddenPhraseMatcher.key(phrase).isEmpty()) {
            throw new HallException(where + ": the forbidden phrase is empty (or only spaces and punctuation)");
        }
        return new ForbiddenPhrase(phrase, suggestion, source);
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    private static String strip(String line) {
        return line.strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
