package org.servicehall.site;

import java.util.Locale;

import org.servicehall.common.PluginSource;

/**
 * A service item a sector plugin offers (declared in its {@code HALL-INF/catalogue/*.properties}).
 * A site adopts it as a {@link ServiceItem} with its own ticket prefix.
 *
 * @param nameEn English name
 * @param nameZh Simplified Chinese name
 * @param defaultPrefix the ticket prefix suggested when a site adopts the item
 */
public record CatalogueItem(String code, String nameEn, String nameZh, String defaultPrefix, TimeLimit timeLimit,
        String description, int order, PluginSource source) {

    public String sector() {
        return source.sector();
    }

    public String name(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }
}
