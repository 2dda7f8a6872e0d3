package org.servicehall.conduct;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.Actor;

/**
 * The phrases of each site: standard phrases (文明用语) for each step of service (C2) and forbidden
 * phrases (服务忌语) with the checker that finds them in any text staff write to citizens (C3).
 *
 * <p>The checker ignores the width of characters (full-width ＡＢＣ is ABC), case, and whitespace,
 * zero-width characters, punctuation and symbols inserted between the characters of a phrase, so
 * “不 知 道”, “不，知道” and “不\u200B知道” all contain 不知道. Findings do not overlap; where two
 * phrases compete for the same characters the longer one is reported. Positions are those of the
 * text as written.
 *
 * <p>Changes need the {@link org.servicehall.security.Role#ADMIN} role, are audited in the same
 * transaction and announced on {@link ConductEvents}.
 */
@ProviderType
public interface ConductPhrases {
    /**
     * The longest step phrase, forbidden phrase and suggestion (their columns). Longer texts, and
     * texts with control or direction characters or line breaks, are refused naming the field.
     *
     * @since 1.1
     */
    int MAX_STEP_PHRASE = 500;
    /** @since 1.1 */
    int MAX_FORBIDDEN_PHRASE = 200;
    /** @since 1.1 */
    int MAX_SUGGESTION = 500;

    /** The standard phrase of every step at the site, in {@link ServiceStep} order. */
    List<StepPhrase> stepPhrases(long siteId);

    /** The site's phrase for one step. */
    StepPhrase stepPhrase(long siteId, ServiceStep step);

    /** Sets the site's own wording for a step; an empty text is refused naming the field {@code text}. */
    StepPhrase setStepPhrase(Actor actor, long siteId, ServiceStep step, String text);

    /** Goes back to the shipped phrase for a step. */
    StepPhrase resetStepPhrase(Actor actor, long siteId, ServiceStep step);

    /** The general courtesy phrases (您好、请、对不起、谢谢、再见…) shipped with the platform and plugins. */
    List<String> courtesyPhrases();

    /** The forbidden phrases in force at the site: shipped and contributed ones not removed, and the site's own. */
    List<ForbiddenPhrase> forbiddenPhrases(long siteId);

    /**
     * Adds a forbidden phrase at the site, or changes the suggestion of one already there.
     * An empty phrase is refused naming the field {@code phrase}.
     */
    ForbiddenPhrase addForbiddenPhrase(Actor actor, long siteId, String phrase, String suggestion);

    /**
     * Removes a forbidden phrase at the site (a shipped or contributed one is hidden at the site only).
     *
     * @throws org.servicehall.common.NotFound when the site has no such phrase
     */
    void removeForbiddenPhrase(Actor actor, long siteId, String phrase);

    /** The forbidden phrases in {@code text}, in text order; empty when the text may be sent. Fast enough for every keystroke. */
    List<TextFinding> check(long siteId, String text);

    /** Records that a text was refused for its findings (table, audit log, event). */
    RefusedText recordRefusal(Actor actor, long siteId, String text, List<TextFinding> findings);

    /** The latest refused texts of the site, newest first. */
    List<RefusedText> refusals(long siteId, int limit);
}
