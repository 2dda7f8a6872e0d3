package org.servicehall.admincenter.internal;

import java.util.Locale;

/**
 * A seal of the centre (AC5): its name as the seal register records it, and who keeps it (a unit's
 * code or {@link #OFFICE}, the centre office).
 */
public record Seal(String code, String nameZh, String nameEn, String keeper, int order) {
    public static final String OFFICE = "OFFICE";

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
