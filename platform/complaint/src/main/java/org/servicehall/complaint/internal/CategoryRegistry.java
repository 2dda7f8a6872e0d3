package org.servicehall.complaint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

import org.servicehall.common.ContributionClash;
import org.servicehall.common.ContributionRegistry;
import org.servicehall.common.HallException;
import org.servicehall.complaint.ComplaintCategory;

/**
 * P3: the core's complaint categories merged with those of running plugins (by bundle id), in the
 * platform's {@link ContributionRegistry} (the core's under {@link ContributionRegistry#CORE}).
 * Plain Java, thread-safe.
 */
public final class CategoryRegistry {
    private static final Comparator<ComplaintCategory> ORDER = Comparator.comparingInt(ComplaintCategory::order)
            .thenComparing(ComplaintCategory::code);

    private final ContributionRegistry<String, ComplaintCategory> categories = new ContributionRegistry<>("complaint categories",
            ComplaintCategory::code, ORDER);

    public CategoryRegistry(List<ComplaintCategory> core) {
        categories.replace(ContributionRegistry.CORE, core);
    }

    /** The core's categories from the bundle's own file. */
    public static CategoryRegistry withCoreDefaults() {
        String name = "core-categories.properties";
        try (InputStream in = CategoryRegistry.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the complaint bundle");
            }
            return new CategoryRegistry(CategoryFiles.read(name, in, "core"));
        } catch (IOException e) {
            throw new IllegalStateException(name + " cannot be read", e);
        }
    }

    /**
     * Adds a plugin's categories (to those it already has).
     *
     * @throws HallException naming the file and the code when a code is already offered
     */
    public void add(long bundleId, String fileName, List<ComplaintCategory> categories) {
        try {
            this.categories.add(bundleId, categories);
        } catch (ContributionClash e) {
            String code = (String) e.clash().key();
            throw new HallException(fileName + ": key 'category." + code + ".name': the category " + code
                    + " is already offered by another file");
        }
    }

    public boolean remove(long bundleId) {
        return categories.withdraw(bundleId);
    }

    public List<ComplaintCategory> all() {
        return categories.items();
    }
}
