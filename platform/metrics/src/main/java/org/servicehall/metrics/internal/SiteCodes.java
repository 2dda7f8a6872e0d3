package org.servicehall.metrics.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Site ids (as events carry them) to site codes (as labels show them), looked up once per site. A
 * site that cannot be read is labelled by its id, so a count is never lost.
 */
final class SiteCodes {
    private final LongFunction<String> lookup;
    private final Map<Long, String> codes = new ConcurrentHashMap<>();

    SiteCodes(LongFunction<String> lookup) {
        this.lookup = lookup;
    }

    String of(Object siteId) {
        if (!(siteId instanceof Number n)) {
            return "unknown";
        }
        long id = n.longValue();
        String known = codes.get(id);
        if (known != null) {
            return known;
        }
        try {
            String code = lookup.apply(id);
            codes.put(id, code);
            return code;
        } catch (RuntimeException e) {
            return String.valueOf(id);
        }
    }
}
