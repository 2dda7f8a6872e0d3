package org.servicehall.casework.notice.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.common.ContributionRegistry;
import org.servicehall.common.HallProperties;
import org.servicehall.common.HallResourceHandler;
import org.servicehall.common.PluginSource;

/**
 * T4: the materials checklists plugins ship in {@code HALL-INF/checklists/*.properties}, merged in
 * the platform's {@link ContributionRegistry} and withdrawn with the plugin. A file's bad
 * materials are skipped and reported ({@link #problems}); a material another plugin already ships
 * refuses the plugin's checklists as a whole, naming both.
 */
@Component(service = { HallResourceHandler.class, ChecklistHandler.class })
public final class ChecklistHandler implements HallResourceHandler {
    static final Comparator<ChecklistItem> ORDER = Comparator.comparing(ChecklistItem::serviceCode)
            .thenComparingInt(ChecklistItem::order).thenComparing(ChecklistItem::code);
    private final ContributionRegistry<String, ChecklistItem> registry = new ContributionRegistry<>("checklists",
            ChecklistItem::key, ORDER, clash -> clash.offered().source() + ": the material " + clash.key()
                    + (clash.sameBundle() ? " appears twice" : " is already shipped by " + clash.taken().source()));
    private final Map<Long, List<String>> problems = new ConcurrentHashMap<>();

    @Activate
    public ChecklistHandler() {
        // nothing to inject
    }

    @Override
    public String folder() {
        return "checklists";
    }

    @Override
    public void added(PluginSource source, List<URL> files) {
        List<ChecklistItem> items = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (HallProperties file : HallProperties.read(source, folder(), files)) {
            items.addAll(ChecklistFiles.items(file, source.toString()));
            file.problems().forEach(p -> found.add(p.toString()));
        }
        problems.put(source.bundleId(), List.copyOf(found));
        registry.replace(source.bundleId(), items);
    }

    @Override
    public void removed(PluginSource source) {
        problems.remove(source.bundleId());
        registry.withdraw(source.bundleId());
    }

    @Override
    public List<String> problems(PluginSource source) {
        return problems.getOrDefault(source.bundleId(), List.of());
    }

    /** The shipped materials of a service item, in order. */
    public List<ChecklistItem> shipped(String serviceCode) {
        return registry.items().stream().filter(i -> i.serviceCode().equals(serviceCode)).toList();
    }

    /** Every shipped material. */
    public List<ChecklistItem> all() {
        return registry.items();
    }
}
