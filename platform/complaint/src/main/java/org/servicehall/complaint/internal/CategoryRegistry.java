package org.servicehall.complaint.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servicehall.common.HallException;
import org.servicehall.complaint.ComplaintCategory;

/** P3: the core's complaint categories merged with those of running plugins (by bundle id). Plain Java, thread-safe. */
public final class CategoryRegistry {
    private final List<ComplaintCategory> core;
    private final Map<Long, List<ComplaintCategory>> byBundle = new LinkedHashMap<>();
    private volatile List<ComplaintCategory> all;

    public CategoryRegistry(List<ComplaintCategory> core) {
        this.core = List.copyOf(core);
        this.all = sorted(this.core);
    }

    /** The core's categories from the bundle's own file. */
    public static CategoryRegistry withCoreDefaults() {
        String name = "core-categories.properties";
        try (java.io.InputStream in = CategoryRegistry.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the complaint bundle");
            }
            return new CategoryRegistry(CategoryFiles.read(name, in, "core"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(name + " cannot be read", e);
        }
    }

    /**
     * Adds a plugin's categories.
     *
     * @throws HallException naming the file and the code when a code is already offered
     */
    public synchronized void add(long bundleId, String fileName, List<ComplaintCategory> categories) {
        for (ComplaintCategory c : categories) {
            boolean taken = core.stream().anyMatch(x -> x.code().equals(c.code()))
                    || byBundle.entrySet().stream().filter(e -> e.getKey() != bundleId)
                            .anyMatch(e -> e.getValue().stream().anyMatch(x -> x.code().equals(c.code())))
                    || byBundle.getOrDefault(bundleId, List.of()).stream().anyMatch(x -> x.code().equals(c.code()));
            if (taken) {
                throw new HallException(fileName + ": key 'category." + c.code() + ".name': the category " + c.code()
                        + " is already offered by another file");
            }
        }
        List<ComplaintCategory> mine = new ArrayList<>(byBundle.getOrDefault(bundleId, List.of()));
        mine.addAll(categories);
        byBundle.put(bundleId, List.copyOf(mine));
        rebuild();
    }

    public synchronized boolean remove(long bundleId) {
        boolean removed = byBundle.remove(bundleId) != null;
        rebuild();
        return removed;
    }

    private void rebuild() {
        List<ComplaintCategory> list = new ArrayList<>(core);
        byBundle.values().forEach(list::addAll);
        all = sorted(list);
    }

    private static List<ComplaintCategory> sorted(List<ComplaintCategory> list) {
        return list.stream().sorted(Comparator.comparingInt(ComplaintCategory::order).thenComparing(ComplaintCategory::code)).toList();
    }

    public List<ComplaintCategory> all() {
        return all;
    }
}
