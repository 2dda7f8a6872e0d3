package org.servicehall.conduct;

/**
 * EventAdmin topics and property keys of the conduct area (part of the versioned API). Every
 * event has {@link #SITE} (the site id, a {@code Long}) and {@link #ACTOR} (the username who acted).
 *
 * <p>Catalogue and phrases (C1-C3):
 * <ul>
 * <li>{@link #RULE_CHANGED}: a site's rule was added, edited, disabled, enabled, reset or removed;
 * keys {@link #CODE}, {@link #ACTION} ({@code add}, {@code edit}, {@code disable}, {@code enable},
 * {@code reset}, {@code remove}).</li>
 * <li>{@link #PHRASE_CHANGED}: a site's standard phrase (文明用语) for a step was set or reset; keys
 * {@link #STEP} (a {@code ServiceStep} name), {@link #ACTION} ({@code set}, {@code reset}).</li>
 * <li>{@link #FORBIDDEN_PHRASES_CHANGED}: a site's forbidden phrases (服务忌语) changed; keys
 * {@link #PHRASE}, {@link #ACTION} ({@code add}, {@code remove}).</li>
 * <li>{@link #FORBIDDEN_PHRASE_REFUSED}: a text with forbidden phrases was refused; keys
 * {@link #PHRASES} (the phrases found, a {@code String[]}), {@link #REFUSAL_ID} (a {@code Long}).</li>
 * </ul>
 * Other parts of the area append their topics and keys below, each in its own constants.
 */
public final class ConductEvents {
    public static final String PREFIX = "org/servicehall/conduct/";
    /** Every conduct event: subscribe to this to see them all. */
    public static final String ALL = PREFIX + "*";

    // ---- catalogue, phrases and the checker (C1-C3)
    public static final String RULE_CHANGED = PREFIX + "RuleChanged";
    public static final String PHRASE_CHANGED = PREFIX + "PhraseChanged";
    public static final String FORBIDDEN_PHRASES_CHANGED = PREFIX + "ForbiddenPhrasesChanged";
    public static final String FORBIDDEN_PHRASE_REFUSED = PREFIX + "ForbiddenPhraseRefused";

    // ---- keys shared by all conduct events
    /** The site id ({@code Long}). */
    public static final String SITE = "site";
    /** The username of who acted ({@code String}). */
    public static final String ACTOR = "actor";
    /** What was done ({@code String}), one of the verbs listed for the topic. */
    public static final String ACTION = "action";

    // ---- keys of the catalogue and phrase events
    /** The rule code ({@code String}). */
    public static final String CODE = "code";
    /** The service step name ({@code String}). */
    public static final String STEP = "step";
    /** The forbidden phrase ({@code String}). */
    public static final String PHRASE = "phrase";
    /** The forbidden phrases found in a refused text ({@code String[]}). */
    public static final String PHRASES = "phrases";
    /** The id of the recorded refusal ({@code Long}). */
    public static final String REFUSAL_ID = "refusalId";

    private ConductEvents() {
    }
}
