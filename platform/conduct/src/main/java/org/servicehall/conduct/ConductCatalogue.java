package org.servicehall.conduct;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * The conduct rule catalogue of each site (C1): the platform's shipped rules (the codes of
 * conduct for window service: 仪容仪表, 举止, 禁止事项, 廉政六不准, 首问负责制), the rules that running
 * sector plugins contribute in {@code HALL-INF/conduct/*.properties}, and the rules the site added.
 * A site may edit the wording or category of any rule and disable or enable it; edits of shipped
 * and contributed rules are kept by rule code, so they survive a plugin's removal and apply again
 * when it returns.
 *
 * <p>Changes need the {@link org.servicehall.security.Role#ADMIN} role, are written to the audit log
 * in the same transaction and announced on {@link ConductEvents#RULE_CHANGED}. A bad input throws
 * {@link org.servicehall.common.ValidationException} naming each field, and nothing is changed.
 */
@ProviderType
public interface ConductCatalogue {

    /** Every rule of the site, enabled or not, by category and order. */
    List<ConductRule> rules(long siteId);

    /** The rules that apply at the site: {@link #rules} without the disabled ones. */
    default List<ConductRule> enabledRules(long siteId) {
        return rules(siteId).stream().filter(ConductRule::enabled).toList();
    }

    /** One rule of the site by code. */
    Optional<ConductRule> rule(long siteId, String code);

    /** Adds a rule of the site's own. */
    ConductRule addRule(Actor actor, long siteId, RuleDraft draft);

    /**
     * Changes a rule's category and wording (the draft's code is ignored).
     *
     * @throws org.servicehall.common.NotFound when the site has no rule with that code
     */
    ConductRule editRule(Actor actor, long siteId, String code, RuleDraft draft);

    /** Disables or enables a rule at the site. */
    ConductRule setEnabled(Actor actor, long siteId, String code, boolean enabled);

    /**
     * Forgets the site's edits of a shipped or contributed rule: its wording and category are as
     * shipped again, and it is enabled.
     *
     * @throws org.servicehall.common.Conflict for a rule the site added (remove it instead)
     */
    ConductRule resetRule(Actor actor, long siteId, String code);

    /**
     * Removes a rule the site added.
     *
     * @throws org.servicehall.common.Conflict for a shipped or contributed rule (disable it instead)
     */
    void removeRule(Actor actor, long siteId, String code);

    /** Calls the listener after any change of any site's catalogue, or when a plugin's rules come or go. */
    AutoCloseable onChange(Runnable listener);
}
