package org.servicehall.site;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The service items offered by the sector plugins installed now. Items appear when a plugin
 * starts and disappear when it stops; sites' adopted items and their data stay.
 */
@ProviderType
public interface ServiceCatalogue {

    List<CatalogueItem> items();

    List<CatalogueItem> items(String sector);

    Optional<CatalogueItem> item(String code);

    /** Sectors whose plugin is running now. */
    Set<String> sectors();

    /** Told after every change; returns a handle to stop listening. */
    AutoCloseable onChange(Runnable listener);
}
