package org.servicehall.site.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.servicehall.common.HallException;
import org.servicehall.site.CatalogueItem;

/**
 * Merges the catalogue items of all running plugins (DESIGN §3: plugins provide, the core merges).
 * A plugin whose item code another plugin already offers is refused as a whole, with a message
 * naming both, so what a site sees never depends on start order. Plain Java, thread-safe.
 */
final class CatalogueRegistry {
    private final Map<Long, List<CatalogueItem>> byBundle = new LinkedHashMap<>();

    synchronized void add(long bundleId, List<CatalogueItem> items) {
        Map<String, CatalogueItem> known = index();
        Set<String> own = new TreeSet<>();
        for (CatalogueItem item : items) {
            if (!own.add(item.code())) {
                throw new HallException(item.source() + " declares the service code '" + item.code() + "' twice");
            }
            CatalogueItem other = known.get(item.code());
            if (other != null && other.source().bundleId() != bundleId) {
                throw new HallException(item.source() + " offers the service code '" + item.code()
                        + "', which " + other.source() + " (sector " + other.sector() + ") already offers");
            }
        }
        byBundle.put(bundleId, List.copyOf(items));
    }

    synchronized boolean remove(long bundleId) {
        return byBundle.remove(bundleId) != null;
    }

    synchronized List<CatalogueItem> items() {
        List<CatalogueItem> all = new ArrayList<>();
        byBundle.values().forEach(all::addAll);
        all.sort(Comparator.comparing(CatalogueItem::sector).thenComparingInt(CatalogueItem::order).thenComparing(CatalogueItem::code));
        return all;
    }

    synchronized Optional<CatalogueItem> item(String code) {
        return Optional.ofNullable(index().get(code));
    }

    synchronized Set<String> sectors() {
        Set<String> sectors = new TreeSet<>();
        byBundle.values().forEach(items -> items.forEach(i -> sectors.add(i.sector())));
        return sectors;
    }

    private Map<String, CatalogueItem> index() {
        Map<String, CatalogueItem> index = new LinkedHashMap<>();
        byBundle.values().forEach(items -> items.forEach(i -> index.put(i.code(), i)));
        return index;
    }
}
