package org.servicehall.common;

/**
 * A handle on something a caller listens to ({@link DomainEvents#subscribe}, {@link
 * ContributionRegistry#onChange}); closing it stops the listening. Closing twice does nothing.
 *
 * @since 1.2
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Stops listening; no checked exception. */
    @Override
    void close();
}
