package org.servicehall.admincenter.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.site.TimeLimit;

/**
 * A service guide (服务指南, AC3) as the public reads it: the item, its legal basis, conditions,
 * materials (the site's checklist), process, time limit, fees, place, hours and contact, and the unit
 * that decides it.
 *
 * @param siteWorded the fields the site reworded (the others are the shipped text)
 */
public record ServiceGuide(long siteId, String serviceCode, String nameZh, String nameEn, TimeLimit timeLimit, Unit unit,
        Map<GuideField, GuideText> fields, List<ChecklistItem> materials, Set<GuideField> siteWorded) {
    public ServiceGuide {
        fields = Map.copyOf(fields);
        materials = List.copyOf(materials);
        siteWorded = Set.copyOf(siteWorded);
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public GuideText field(GuideField f) {
        return fields.getOrDefault(f, new GuideText("", ""));
    }
}
