package org.servicehall.common;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A handle on something a caller listens to ({@link DomainEvents#subscribe}, {@link
 * ContributionRegistry#onChange}); closing it stops the listening. Closing twice does nothing.
 *
 * @since 1.2
 */
@FunctionalInterface
@ProviderType
public interface Subscription extends AutoCloseable {

    /** Stops listening; no checked exception. */
    @Override
    void close();
}
