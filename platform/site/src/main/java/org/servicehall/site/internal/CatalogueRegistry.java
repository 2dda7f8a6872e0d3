package org.servicehall.site.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.servicehall.common.ContributionClash;
import org.servicehall.common.ContributionRegistry;
import org.servicehall.common.Subscription;
import org.servicehall.site.CatalogueItem;

/**
 * The catalogue items of all running plugins, merged by the platform's {@link ContributionRegistry}:
 * sorted by sector, order and code; a plugin whose item code another plugin already offers (or that
 * declares a code twice) is refused as a whole, with a message naming both, so what a site sees
 * never depends on start order. Plain Java, thread-safe.
 */
final class CatalogueRegistry {
    private static final Comparator<CatalogueItem> ORDER = Comparator.comparing(CatalogueItem::sector)
            .thenComparingInt(CatalogueItem::order).thenComparing(CatalogueItem::code);

    private final ContributionRegistry<String, CatalogueItem> items = new ContributionRegistry<>("catalogue", CatalogueItem::code,
            ORDER, CatalogueRegistry::clashMessage);

    private static String clashMessage(ContributionRegistry.Clash<String, CatalogueItem> c) {
        CatalogueItem item = c.offered();
        if (c.sameBundle()) {
            return item.source() + " declares the service code '" + item.code() + "' twice";
        }
        return item.source() + " offers the service code '" + item.code() + "', which " + c.taken().source() + " (sector "
                + c.taken().sector() + ") already offers";
    }

    /**
     * The plugin's items become these (added again, it replaces its own).
     *
     * @throws ContributionClash naming both plugins when a code is taken; nothing changes then
     */
    void add(long bundleId, List<CatalogueItem> items) {
        this.items.replace(bundleId, items);
    }

    boolean remove(long bundleId) {
        return items.withdraw(bundleId);
    }

    List<CatalogueItem> items() {
        return items.items();
    }

    Optional<CatalogueItem> item(String code) {
        return items.item(code);
    }

    Set<String> sectors() {
        Set<String> sectors = new TreeSet<>();
        items.items().forEach(i -> sectors.add(i.sector()));
        return sectors;
    }

    /** Told after each change. */
    Subscription onChange(Runnable listener) {
        return items.onChange(listener);
    }
}
