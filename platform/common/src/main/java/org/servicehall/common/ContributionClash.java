package org.servicehall.common;

/**
 * A bundle's contribution refused because one of its keys is taken (see {@link
 * ContributionRegistry}); the message names the key and both contributors. Thrown from a {@link
 * HallResourceHandler}, the extender shows it among the plugin's problems.
 *
 * @since 1.2
 */
public class ContributionClash extends HallException {
    private static final long serialVersionUID = 1L;

    private final transient ContributionRegistry.Clash<?, ?> clash;

    public ContributionClash(String message, ContributionRegistry.Clash<?, ?> clash) {
        super(message);
        this.clash = clash;
    }

    /** The two items and their bundles (null after deserialisation). */
    public ContributionRegistry.Clash<?, ?> clash() {
        return clash;
    }
}
