package org.servicehall.admincenter.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.MaterialsCheckDraft;
import org.servicehall.casework.notice.Wording;
import org.servicehall.security.Actor;

/**
 * The plugin's shipped checklists read as casework reads them (no site wording), for tests of the
 * plugin's own tables: casework's checklist component is internal to casework and its fixture is not
 * exported, so this reads the same file; site adjustments and ticks are casework's and not used here.
 */
final class ShippedChecklists implements Checklists {
    private final Properties file = CentreFiles.read(ShippedChecklists.class.getClassLoader(), "HALL-INF/checklists/admin-center.properties");

    @Override
    public List<ChecklistItem> checklist(long siteId, String serviceCode) {
        TreeSet<String> codes = new TreeSet<>();
        String prefix = "checklist." + serviceCode + ".";
        file.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(k -> codes.add(k.substring(prefix.length()).split("\\.")[0]));
        List<ChecklistItem> out = new ArrayList<>();
        for (String code : codes) {
            String k = prefix + code + ".";
            ChecklistItem item = ChecklistItem.required(serviceCode, code, new Wording(file.getProperty(k + "name"), file.getProperty(k + "name.en")));
            if ("conditional".equals(file.getProperty(k + "requirement"))) {
                item = item.withCondition(new Wording(file.getProperty(k + "condition"), file.getProperty(k + "condition.en")));
            }
            out.add(item.withOriginalAndCopies(Boolean.parseBoolean(file.getProperty(k + "original")), Integer.parseInt(file.getProperty(k + "copies", "0")))
                    .withOrder(Integer.parseInt(file.getProperty(k + "order", "100"))));
        }
        out.sort(Comparator.comparingInt(ChecklistItem::order));
        return out;
    }

    @Override
    public List<String> servicesWithChecklists(long siteId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChecklistItem setSiteItem(Actor actor, long siteId, ChecklistItem item) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void hideItem(Actor actor, long siteId, String serviceCode, String itemCode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void resetItem(Actor actor, long siteId, String serviceCode, String itemCode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MaterialsCheck recordCheck(Actor actor, MaterialsCheckDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<MaterialsCheck> checks(long siteId, long caseId) {
        throw new UnsupportedOperationException();
    }
}
