package org.servicehall.site.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.common.PluginSource;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.TimeLimit;

/** Merging the catalogue items of several sector plugins (DESIGN §3, T1). */
class CatalogueRegistryTest {
    private static final PluginSource TAX = new PluginSource(41, "org.servicehall.sector.taxhall", "1.0.0", "tax-hall");
    private static final PluginSource HOSPITAL = new PluginSource(42, "org.servicehall.sector.hospital", "1.0.0", "hospital");
    private static final PluginSource ADMIN = new PluginSource(43, "org.servicehall.sector.admincenter", "2.1.0", "admin-center");

    private static CatalogueItem item(PluginSource source, String code, String prefix, int order) {
        return new CatalogueItem(code, code + " name", code + " 名称", prefix, TimeLimit.legal(10), "", order, source);
    }

    private static List<CatalogueItem> taxItems() {
        return List.of(item(TAX, "TX-REG-SETUP", "T", 10), item(TAX, "TX-VAT-GENERAL", "V", 20));
    }

    private static List<CatalogueItem> hospitalItems() {
        return List.of(item(HOSPITAL, "H-REG", "R", 10), item(HOSPITAL, "H-PHARM", "P", 30), item(HOSPITAL, "H-LAB", "L", 20));
    }

    private static List<String> codes(List<CatalogueItem> items) {
        return items.stream().map(CatalogueItem::code).toList();
    }

    @Test
    void itemsOfTwoPluginsAreMergedSortedBySectorThenOrder() {
        CatalogueRegistry registry = new CatalogueRegistry();
        registry.add(TAX.bundleId(), taxItems());
        registry.add(HOSPITAL.bundleId(), hospitalItems());
        assertEquals(List.of("H-REG", "H-LAB", "H-PHARM", "TX-REG-SETUP", "TX-VAT-GENERAL"), codes(registry.items()));
        assertEquals(Set.of("hospital", "tax-hall"), registry.sectors());
        assertEquals(HOSPITAL, registry.item("H-LAB").orElseThrow().source());
        assertEquals("tax-hall", registry.item("TX-REG-SETUP").orElseThrow().sector());
        assertTrue(registry.item("NOPE").isEmpty());
    }

    @Test
    void aPluginOfferingACodeAnotherPluginOffersIsRefusedAsAWholeNamingBoth() {
        CatalogueRegistry registry = new CatalogueRegistry();
        registry.add(TAX.bundleId(), taxItems());
        List<CatalogueItem> clash = List.of(item(ADMIN, "AC-ONE-WINDOW", "W", 10), item(ADMIN, "TX-REG-SETUP", "T", 20));
        HallException e = assertThrows(HallException.class, () -> registry.add(ADMIN.bundleId(), clash));
        assertTrue(e.getMessage().contains("'TX-REG-SETUP'"), e.getMessage());
        assertTrue(e.getMessage().contains("org.servicehall.sector.admincenter 2.1.0"), e.getMessage());
        assertTrue(e.getMessage().contains("org.servicehall.sector.taxhall 1.0.0"), e.getMessage());
        assertTrue(e.getMessage().contains("tax-hall"), e.getMessage());
        // nothing of the refused plugin is taken, what was there stays
        assertEquals(List.of("TX-REG-SETUP", "TX-VAT-GENERAL"), codes(registry.items()));
        assertEquals(Set.of("tax-hall"), registry.sectors());
        assertEquals(TAX, registry.item("TX-REG-SETUP").orElseThrow().source());
    }

    @Test
    void aPluginDeclaringACodeTwiceIsRefused() {
        CatalogueRegistry registry = new CatalogueRegistry();
        HallException e = assertThrows(HallException.class, () -> registry.add(HOSPITAL.bundleId(),
                List.of(item(HOSPITAL, "H-REG", "R", 10), item(HOSPITAL, "H-LAB", "L", 20), item(HOSPITAL, "H-REG", "G", 30))));
        assertTrue(e.getMessage().contains("org.servicehall.sector.hospital 1.0.0"), e.getMessage());
        assertTrue(e.getMessage().contains("'H-REG' twice"), e.getMessage());
        assertTrue(registry.items().isEmpty());
        assertTrue(registry.sectors().isEmpty());
    }

    @Test
    void aPluginAddedAgainReplacesItsOwnItems() {
        CatalogueRegistry registry = new CatalogueRegistry();
        registry.add(TAX.bundleId(), taxItems());
        assertDoesNotThrow(() -> registry.add(TAX.bundleId(), List.of(item(TAX, "TX-REG-SETUP", "S", 5))));
        assertEquals(List.of("TX-REG-SETUP"), codes(registry.items()));
        assertEquals("S", registry.item("TX-REG-SETUP").orElseThrow().defaultPrefix());
    }

    @Test
    void removingAPluginWithdrawsItsItemsAndSector() {
        CatalogueRegistry registry = new CatalogueRegistry();
        registry.add(TAX.bundleId(), taxItems());
        registry.add(HOSPITAL.bundleId(), hospitalItems());
        assertTrue(registry.remove(TAX.bundleId()));
        assertEquals(List.of("H-REG", "H-LAB", "H-PHARM"), codes(registry.items()));
        assertEquals(Set.of("hospital"), registry.sectors());
        assertTrue(registry.item("TX-REG-SETUP").isEmpty());
        assertFalse(registry.remove(TAX.bundleId()), "removing twice changes nothing");
        // the code is free again for another plugin
        assertDoesNotThrow(() -> registry.add(ADMIN.bundleId(), List.of(item(ADMIN, "TX-REG-SETUP", "T", 1))));
        assertEquals(Set.of("admin-center", "hospital"), registry.sectors());
        assertTrue(registry.remove(HOSPITAL.bundleId()));
        assertTrue(registry.remove(ADMIN.bundleId()));
        assertTrue(registry.items().isEmpty());
        assertTrue(registry.sectors().isEmpty());
    }

    @Test
    void itemsParsedFromFilesMergeTheSameWay() {
        List<CatalogueItem> tax = CatalogueFiles.parse("tax.properties", new StringReader("""
                TX-REG-SETUP.name = Tax registration
                TX-REG-SETUP.prefix = T
                TX-REG-SETUP.timeLimit = LEGAL:10
                """), TAX);
        List<CatalogueItem> admin = CatalogueFiles.parse("admin.properties", new StringReader("""
                TX-REG-SETUP.name = Tax registration (copied)
                TX-REG-SETUP.prefix = T
                TX-REG-SETUP.timeLimit = SAME_DAY
                """), ADMIN);
        CatalogueRegistry registry = new CatalogueRegistry();
        registry.add(TAX.bundleId(), tax);
        assertThrows(HallException.class, () -> registry.add(ADMIN.bundleId(), admin));
        assertEquals(TimeLimit.legal(10), registry.item("TX-REG-SETUP").orElseThrow().timeLimit());
    }
}
