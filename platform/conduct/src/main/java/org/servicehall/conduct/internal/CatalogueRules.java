package org.servicehall.conduct.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servicehall.common.Texts;
import org.servicehall.common.Validator;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.RuleCategory;
import org.servicehall.conduct.RuleDraft;

/** The rules of the conduct catalogue (C1): how a site's catalogue is merged and what a draft must satisfy. Plain Java. */
public final class CatalogueRules {
    /** The prefix of the codes chosen for a site's own rules. */
    public static final String SITE_PREFIX = "SITE-";
    static final int MAX_TEXT = 1000;

    private CatalogueRules() {
    }

    /**
     * A site's catalogue: the shipped rules (in the order given) with the site's edits applied, then
     * the site's own rules, grouped by category. Edits of rules no longer shipped (their plugin was
     * removed) are kept but not shown.
     */
    public static List<ConductRule> merge(long siteId, List<ShippedRule> shipped, List<SiteRuleChange> site) {
        Map<String, SiteRuleChange> byCode = site.stream().collect(Collectors.toMap(SiteRuleChange::code, Function.identity(), (a, b) -> a));
        List<ConductRule> rules = new ArrayList<>();
        for (ShippedRule r : shipped) {
            SiteRuleChange c = byCode.get(r.code());
            if (c == null || c.siteAdded()) {
                rules.add(new ConductRule(siteId, r.code(), r.category(), r.textZh(), r.textEn(), r.source(), true, false, r.order()));
            } else {
                rules.add(new ConductRule(siteId, r.code(), c.category() == null ? r.category() : c.category(),
                        c.textZh() == null ? r.textZh() : c.textZh(), c.textEn() == null ? r.textEn() : c.textEn(), r.source(),
                        c.enabled(), c.edits(), r.order()));
            }
        }
        Set<String> shippedCodes = shipped.stream().map(ShippedRule::code).collect(Collectors.toSet());
        site.stream().filter(SiteRuleChange::siteAdded).filter(c -> !shippedCodes.contains(c.code()))
                .sorted(Comparator.comparingLong(SiteRuleChange::id))
                .forEach(c -> rules.add(new ConductRule(siteId, c.code(), c.category(), c.textZh(), c.textEn(), ConductRule.SITE,
                        c.enabled(), false, (int) Math.min(Integer.MAX_VALUE, 100_000 + c.id()))));
        // stable: within a category the platform's rules, then plugins', then the site's
        rules.sort(Comparator.comparing(ConductRule::category));
        return List.copyOf(rules);
    }

    /** The draft with its texts trimmed and its code in capitals; empty optional texts become null. */
    public static RuleDraft normalize(RuleDraft d) {
        if (d == null) {
            return new RuleDraft(null, null, null, null);
        }
        String code = d.code() == null || d.code().isBlank() ? null : d.code().trim().toUpperCase(Locale.ROOT);
        return new RuleDraft(code, d.category(), trim(d.textZh()), trim(d.textEn()));
    }

    /**
     * Checks a normalized draft, naming every problem: {@code category} and {@code textZh} are
     * required, texts at most {@value #MAX_TEXT} characters (their columns) without control or
     * direction characters ({@link org.servicehall.common.CitizenText}); a new rule's {@code code}
     * must be well formed and not taken.
     */
    /** The code of conduct's refusals, in the reader's language (issue 12). */
    public static final Texts TEXTS = Texts.of(CatalogueRules.class, "conduct-errors");

    public static void check(RuleDraft d, boolean adding, Set<String> takenCodes) {
        Validator v = new Validator();
        v.check(d.category() != null, "category", TEXTS.message("conduct.error.category", Arrays.toString(RuleCategory.values())));
        v.required("textZh", d.textZh());
        v.maxLength("textZh", d.textZh(), MAX_TEXT);
        v.maxLength("textEn", d.textEn(), MAX_TEXT);
        // rules hang in the hall and show on staff screens: several lines are fine, invisible controls are not
        v.citizenText("textZh", d.textZh(), true).citizenText("textEn", d.textEn(), true);
        if (adding && d.code() != null) {
            v.check(d.code().isBlank() || ConductFiles.CODE.matcher(d.code()).matches(), "code", TEXTS.message("conduct.error.code", d.code()));
            v.check(!takenCodes.contains(d.code()), "code", TEXTS.message("conduct.error.codeTaken", d.code()));
        }
        v.throwIfInvalid();
    }

    /** The next free code of the form {@code SITE-<n>}. */
    public static String nextSiteCode(Set<String> takenCodes) {
        int n = 1;
        for (String code : takenCodes) {
            if (code.startsWith(SITE_PREFIX)) {
                try {
                    n = Math.max(n, Integer.parseInt(code.substring(SITE_PREFIX.length())) + 1);
                } catch (NumberFormatException e) {
                    // a hand-chosen code such as SITE-LOBBY: not part of the numbering
                }
            }
        }
        return SITE_PREFIX + n;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
