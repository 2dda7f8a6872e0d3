package org.servicehall.conduct.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.servicehall.common.HallProperties;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RuleCategory;
import org.servicehall.queue.ServiceStep;

/**
 * Reads a {@code HALL-INF/conduct/*.properties} file (with {@link HallProperties}: UTF-8, the
 * syntax of {@code java.util.Properties}, problems by line); the platform ships
 * {@code core.properties}, sector plugins add their own.
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
 * steps the names of {@link ServiceStep}; no value is empty or longer than {@value #MAX_TEXT}
 * characters. Every problem is named with the file, the line and the key; any problem fails the
 * whole file.
 */
public final class ConductFiles {
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
    private static final String RULE = "rule.";
    private static final Set<String> RULE_FIELDS = Set.of("category", "text", "text.en", "order");
    private static final Pattern NUMBERED = Pattern.compile("(forbidden|courtesy)\\.([0-9]{1,4})");
    private static final Pattern PHRASE_KEY = Pattern.compile("phrase\\.([A-Z_]+)");
    static final int MAX_TEXT = 1000;

    private ConductFiles() {
    }

    /**
     * @param fileName the name used in messages, e.g. {@code "org.servicehall.hospital 1.0.0: HALL-INF/conduct/hospital.properties"}
     * @param source {@code core} or the plugin's symbolic name, recorded with each rule and phrase
     * @param core whether the file is the platform's own (only it may set step phrases)
     * @throws org.servicehall.common.HallException listing every problem of the file
     */
    public static ConductFile parse(String fileName, Reader reader, String source, boolean core) {
        return read(HallProperties.read(fileName, reader), source, core);
    }

    /** What a file read declares; fails listing every problem of the file (reading it and its entries). */
    public static ConductFile read(HallProperties file, String source, boolean core) {
        Map<Integer, ForbiddenPhrase> forbidden = new TreeMap<>();
        Map<Integer, String> courtesy = new TreeMap<>();
        Map<ServiceStep, String> phrases = new EnumMap<>(ServiceStep.class);
        for (HallProperties.Entry e : file.entries()) {
            if (!checkValue(file, e) || e.key().startsWith(RULE)) {
                continue;
            }
            Matcher m;
            if ((m = NUMBERED.matcher(e.key())).matches()) {
                int n = Integer.parseInt(m.group(2));
                boolean taken = m.group(1).equals("forbidden") ? forbidden(file, e, source, forbidden, n)
                        : courtesy.putIfAbsent(n, e.value()) != null;
                if (taken) {
                    file.problem(e, e.key() + " is number " + n + " again");
                }
            } else if ((m = PHRASE_KEY.matcher(e.key())).matches()) {
                stepPhrase(file, e, m.group(1), core, phrases);
            } else {
                file.problem(e, "key '" + e.key() + "' is unknown (use rule.<CODE>.category|text|text.en|order, forbidden.<n>, courtesy.<n>"
                        + (core ? " or phrase.<STEP>)" : ")"));
            }
        }
        List<ShippedRule> rules = new ArrayList<>();
        for (HallProperties.Group g : file.groups(RULE)) {
            ShippedRule rule = rule(file, g, source);
            if (rule != null) {
                rules.add(rule);
            }
        }
        file.throwIfProblems();
        rules.sort(Comparator.comparingInt(ShippedRule::order));
        return new ConductFile(rules, List.copyOf(forbidden.values()), List.copyOf(courtesy.values()), phrases);
    }

    /** Whether the value may be used: not empty, not too long (the problem recorded otherwise). */
    private static boolean checkValue(HallProperties file, HallProperties.Entry e) {
        if (e.value().isEmpty()) {
            file.problem(e, e.key() + " is empty");
            return false;
        }
        if (e.value().length() > MAX_TEXT) {
            file.problem(e, e.key() + " is " + e.value().length() + " characters long, at most " + MAX_TEXT);
            return false;
        }
        return true;
    }

    /** The rule of a group of {@code rule.<CODE>.} keys, or null (its problems recorded). */
    private static ShippedRule rule(HallProperties file, HallProperties.Group g, String source) {
        String code = g.name();
        boolean good = true;
        for (Map.Entry<String, HallProperties.Entry> field : g.fields().entrySet()) {
            if (!RULE_FIELDS.contains(field.getKey())) {
                HallProperties.Entry e = field.getValue();
                file.problem(e, "key '" + e.key() + "' is unknown (a rule has " + RULE + "<CODE>.category|text|text.en|order)");
                good = false;
            } else if (field.getValue().value().isEmpty() || field.getValue().value().length() > MAX_TEXT) {
                good = false; // named by checkValue
            }
        }
        if (!CODE.matcher(code).matches()) {
            file.problem(g, "", RULE + code, "'" + code + "' is not a valid rule code (2-40 capital letters, digits or '-')");
            return null;
        }
        if (!good) {
            return null;
        }
        String category = required(file, g, "category", "has no category");
        String text = required(file, g, "text", "has no Chinese text");
        RuleCategory c = null;
        if (category != null) {
            try {
                c = RuleCategory.valueOf(category.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                file.problem(g, "category", RULE + code + ".category", RULE + code + ".category '" + category + "' is not one of "
                        + Arrays.toString(RuleCategory.values()));
            }
        }
        Integer order = g.line();
        if (g.value("order") != null) {
            try {
                order = Integer.parseInt(g.value("order"));
            } catch (NumberFormatException e) {
                file.problem(g, "order", RULE + code + ".order", RULE + code + ".order '" + g.value("order") + "' is not a whole number");
                order = null;
            }
        }
        if (c == null || text == null || order == null) {
            return null;
        }
        return new ShippedRule(code, c, text, g.value("text.en", text), source, order);
    }

    /** The field's value, or null with the problem recorded when the rule has none. */
    private static String required(HallProperties file, HallProperties.Group g, String field, String problem) {
        String value = g.value(field);
        if (value == null) {
            file.problem(g, field, RULE + g.name() + "." + field, "rule " + g.name() + " " + problem + " (" + RULE + g.name() + "."
                    + field + ")");
        }
        return value;
    }

    /** Adds the forbidden phrase (and the standard one to say instead); false when it is fine or refused, true when the number is taken. */
    private static boolean forbidden(HallProperties file, HallProperties.Entry e, String source, Map<Integer, ForbiddenPhrase> into,
            int n) {
        String value = e.value();
        int bar = value.indexOf('|');
        String phrase = (bar < 0 ? value : value.substring(0, bar)).trim();
        String suggestion = bar < 0 ? "" : value.substring(bar + 1).trim();
        if (ForbiddenPhraseMatcher.key(phrase).isEmpty()) {
            file.problem(e, e.key() + ": the forbidden phrase is empty (or only spaces and punctuation)");
            return false;
        }
        return into.putIfAbsent(n, new ForbiddenPhrase(phrase, suggestion, source)) != null;
    }

    private static void stepPhrase(HallProperties file, HallProperties.Entry e, String name, boolean core,
            Map<ServiceStep, String> into) {
        if (!core) {
            file.problem(e, e.key() + ": plugins cannot set step phrases (a site sets its own in the console)");
            return;
        }
        try {
            into.put(ServiceStep.valueOf(name), e.value());
        } catch (IllegalArgumentException x) {
            file.problem(e, e.key() + ": '" + name + "' is not a service step (one of " + Arrays.toString(ServiceStep.values()) + ")");
        }
    }
}
