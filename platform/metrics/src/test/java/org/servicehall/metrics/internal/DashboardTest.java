package org.servicehall.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: the Grafana dashboard in docs/ asks for metrics this bundle serves: every
 * {@code servicehall_*} name in it is the Prometheus form of a {@link MetricNames} meter, and every
 * JVM name in it is in a real scrape of {@link HallMeters}.
 */
class DashboardTest {
    private static final Path DASHBOARD = Path.of("../../docs/grafana-servicehall.json");
    private static final Pattern OURS = Pattern.compile("\\b(servicehall_[a-z_]+)");
    private static final Pattern JVM = Pattern.compile("\\b((?:jvm|process|system)_[a-z_]+)");
    private static final List<String> SUFFIXES = List.of("", "_total", "_seconds", "_seconds_bucket", "_seconds_count", "_seconds_sum",
            "_seconds_max", "_max");

    private static Set<String> found(Pattern p, String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> meterNames() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field f : MetricNames.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && ((String) f.get(null)).startsWith("servicehall.")) {
                names.add(((String) f.get(null)).replace('.', '_'));
            }
        }
        return names;
    }

    @Test
    void everyServiceHallMetricOfTheDashboardIsOneThisBundleServes() throws Exception {
        String json = Files.readString(DASHBOARD, StandardCharsets.UTF_8);
        List<String> meters = meterNames();
        Set<String> used = found(OURS, json);
        assertTrue(used.size() >= 15, used.toString());
        List<String> unknown = new ArrayList<>();
        for (String name : used) {
            boolean known = meters.stream().anyMatch(m -> SUFFIXES.stream().anyMatch(s -> name.equals(m + s)));
            if (!known) {
                unknown.add(name);
            }
        }
        assertEquals(List.of(), unknown, "dashboard metrics that no meter serves");
    }

    @Test
    void everyJvmMetricOfTheDashboardIsInAScrape() throws IOException {
        String json = Files.readString(DASHBOARD, StandardCharsets.UTF_8);
        String scrape;
        try (HallMeters meters = new HallMeters()) {
            scrape = meters.scrape();
        }
        List<String> missing = new ArrayList<>();
        for (String name : found(JVM, json)) {
            // a GC pause is recorded once a collection happened
            if (!name.startsWith("jvm_gc_pause") && !scrape.contains("\n" + name + "{") && !scrape.contains("\n" + name + " ")) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "dashboard JVM metrics not in the scrape");
    }
}
