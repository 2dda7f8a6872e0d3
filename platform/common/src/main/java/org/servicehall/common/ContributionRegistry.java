package org.servicehall.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the running bundles contribute of one kind (service items, complaint categories, conduct
 * rules…), keyed by the contributing bundle, merged into one view (DESIGN §3: plugins provide, the
 * core merges, as openHAB's {@code AbstractRegistry}). Every item has a key (its code); a bundle
 * whose item's key another bundle already offers, or that offers a key twice, is refused as a
 * whole with a message naming both ({@link ContributionClash}), so what a site sees never depends
 * on the order in which plugins start. Plain Java, thread-safe; the merged view is an immutable
 * snapshot rebuilt on each change.
 *
 * <p>Typical use, in an area's {@link HallResourceHandler}:
 * <pre>
 * private final ContributionRegistry&lt;String, CatalogueItem&gt; registry = new ContributionRegistry&lt;&gt;(
 *         "catalogue", CatalogueItem::code, ORDER, clash -&gt; clash.offered().source() + " offers …");
 *
 * public void added(PluginSource source, List&lt;URL&gt; files) {
 *     List&lt;HallProperties&gt; read = HallProperties.read(source, folder(), files);
 *     …
 *     registry.replace(source.bundleId(), items);   // throws ContributionClash: the extender records it
 * }
 *
 * public void removed(PluginSource source) {
 *     registry.withdraw(source.bundleId());
 * }
 * </pre>
 * The core's own items, when the area has some, go under {@link #CORE}.
 *
 * @param <K> the items' key (a code)
 * @param <T> the items
 * @since 1.2
 */
public final class ContributionRegistry<K, T> {
    /** The "bundle" of the core's own items: 0 is the OSGi framework's id, which no plugin has. */
    public static final long CORE = 0;

    /**
     * An item that cannot be taken because its key is taken.
     *
     * @param key the key both have
     * @param bundleId the bundle that offered {@code offered}
     * @param offered the item refused
     * @param takenBy the bundle whose item has the key ({@code bundleId} itself when it offered the key twice)
     * @param taken the item that has the key
     */
    public record Clash<K, T>(K key, long bundleId, T offered, long takenBy, T taken) {
        /** Whether the bundle offered the key twice itself. */
        public boolean sameBundle() {
            return bundleId == takenBy;
        }
    }

    private final String name;
    private final Function<? super T, ? extends K> key;
    private final Comparator<? super T> order;
    private final Function<Clash<K, T>, String> clashMessage;
    private final Map<Long, List<T>> byBundle = new LinkedHashMap<>();
    private final ChangeListeners listeners;
    private volatile List<T> items = List.of();
    private volatile Map<K, T> index = Map.of();
    private volatile long version;

    /**
     * @param name what it holds, for messages and logs (e.g. {@code catalogue})
     * @param key an item's key
     * @param order the merged view's order; null keeps the order of arrival (by bundle, then as given)
     * @param clashMessage the message of a refused item, naming both contributors (the items usually
     *        know their {@link PluginSource}); null for "{@code <name>: bundle 12 offers 'X', which bundle 7
     *        already offers}"
     */
    public ContributionRegistry(String name, Function<? super T, ? extends K> key, Comparator<? super T> order,
            Function<Clash<K, T>, String> clashMessage) {
        this.name = Objects.requireNonNull(name, "name");
        this.key = Objects.requireNonNull(key, "key");
        this.order = order;
        this.clashMessage = clashMessage != null ? clashMessage : this::defaultMessage;
        this.listeners = new ChangeListeners(name);
    }

    /** With the default clash message. */
    public ContributionRegistry(String name, Function<? super T, ? extends K> key, Comparator<? super T> order) {
        this(name, key, order, null);
    }

    /**
     * The bundle's items become {@code items} (a bundle added again replaces what it had).
     *
     * @throws ContributionClash when a key is in {@code items} twice or another bundle offers it;
     *         then nothing changes
     */
    public void replace(long bundleId, Collection<? extends T> items) {
        change(bundleId, items, false);
    }

    /**
     * Adds {@code items} to what the bundle has.
     *
     * @throws ContributionClash when a key is taken, by the bundle itself or another; then nothing changes
     */
    public void add(long bundleId, Collection<? extends T> items) {
        change(bundleId, items, true);
    }

    /** Withdraws everything the bundle contributed; false (and no listener told) when it had nothing here. */
    public boolean withdraw(long bundleId) {
        synchronized (this) {
            if (byBundle.remove(bundleId) == null) {
                return false;
            }
            rebuild();
        }
        listeners.fire();
        return true;
    }

    /** Every bundle's items, merged in the registry's order. */
    public List<T> items() {
        return items;
    }

    /** The item with that key, from whichever bundle offers it. */
    public Optional<T> item(K key) {
        return Optional.ofNullable(index.get(key));
    }

    /** What one bundle contributes, as given. */
    public synchronized List<T> items(long bundleId) {
        return byBundle.getOrDefault(bundleId, List.of());
    }

    /** The bundles that contribute now, in order of arrival. */
    public synchronized Set<Long> bundles() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(byBundle.keySet()));
    }

    /** Changes with every change, so caches built on the items can tell they are stale. */
    public long version() {
        return version;
    }

    /**
     * Tells {@code listener} after every change, on the thread that made it; one that throws is
     * logged and the others are still told.
     */
    public Subscription onChange(Runnable listener) {
        return listeners.add(listener);
    }

    private void change(long bundleId, Collection<? extends T> offered, boolean append) {
        synchronized (this) {
            Map<K, Long> owners = new LinkedHashMap<>();
            Map<K, T> known = new LinkedHashMap<>();
            byBundle.forEach((id, list) -> {
                if (append || id != bundleId) {
                    list.forEach(item -> {
                        owners.putIfAbsent(key.apply(item), id);
                        known.putIfAbsent(key.apply(item), item);
                    });
                }
            });
            Map<K, T> own = new LinkedHashMap<>();
            for (T item : offered) {
                K k = Objects.requireNonNull(key.apply(item), "an item's key");
                T twice = own.putIfAbsent(k, item);
                if (twice != null) {
                    throw clash(new Clash<>(k, bundleId, item, bundleId, twice));
                }
                T other = known.get(k);
                if (other != null) {
                    throw clash(new Clash<>(k, bundleId, item, owners.get(k), other));
                }
            }
            List<T> mine = new ArrayList<>(append ? byBundle.getOrDefault(bundleId, List.of()) : List.of());
            mine.addAll(offered);
            byBundle.put(bundleId, List.copyOf(mine));
            rebuild();
        }
        listeners.fire();
    }

    private ContributionClash clash(Clash<K, T> clash) {
        return new ContributionClash(clashMessage.apply(clash), clash);
    }

    private void rebuild() {
        List<T> all = new ArrayList<>();
        byBundle.values().forEach(all::addAll);
        if (order != null) {
            all.sort(order);
        }
        Map<K, T> byKey = new LinkedHashMap<>();
        all.forEach(item -> byKey.putIfAbsent(key.apply(item), item));
        items = List.copyOf(all);
        index = Collections.unmodifiableMap(byKey);
        version++;
    }

    private String defaultMessage(Clash<K, T> c) {
        String who = name + ": bundle " + c.bundleId() + " offers '" + c.key() + "'";
        return c.sameBundle() ? who + " twice"
                : who + ", which " + (c.takenBy() == CORE ? "the core" : "bundle " + c.takenBy()) + " already offers";
    }
}
