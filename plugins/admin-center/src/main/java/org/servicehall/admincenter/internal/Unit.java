package org.servicehall.admincenter.internal;

import java.util.Locale;

/**
 * A back-office unit of the centre (进驻部门, AC1): where the comprehensive window routes a case. Its
 * code is what casework records as the case's unit.
 */
public record Unit(String code, String nameZh, String nameEn, int order) {
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
