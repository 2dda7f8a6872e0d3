package org.servicehall.admincenter.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.admincenter.internal.OneWindowRules.Place;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.HandOver;
import org.servicehall.common.Conflict;
import org.servicehall.common.ValidationException;

/** AC1: routing to the centre's units only, hand-out at the pick-up window once decided, where a case is. */
class OneWindowRulesTest {
    private final CentreDirectory centre = CentreDirectory.shipped(getClass().getClassLoader(), List.of());
    private static final HandOver TO_MARKET = new HandOver(1, 1, Instant.parse("2026-12-01T02:00:00Z"), null, "MARKET", "li", null);
    private static final HandOver BACK = new HandOver(2, 1, Instant.parse("2026-12-01T06:00:00Z"), "MARKET", null, "wang", null);

    @Test
    void routingToAnUnknownUnitIsRefusedNamingIt_AC1() {
        ValidationException e = assertThrows(ValidationException.class, () -> centre.requireUnit("TAX"));
        assertEquals("unit", e.errors().get(0).field());
        String en = e.message(Locale.ENGLISH);
        assertTrue(en.contains("TAX") && en.contains("MARKET") && en.contains("HRSS"), en);
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("不是中心的进驻部门"));
        assertThrows(ValidationException.class, () -> centre.requireUnit(" "));
        assertEquals("市场监督管理局", centre.requireUnit("MARKET").nameZh());
    }

    @Test
    void theSitesOwnUnitListReplacesTheShippedOne_AC1() {
        CentreDirectory own = CentreDirectory.shipped(getClass().getClassLoader(),
                CentreFiles.configuredUnits(new String[] { "TAX=税务局|Tax bureau", "MARKET=市场监管局" }));
        assertEquals(List.of("TAX", "MARKET"), own.units().stream().map(Unit::code).toList());
        assertEquals("市场监管局", own.requireUnit("MARKET").nameEn());
        assertThrows(ValidationException.class, () -> own.requireUnit("HRSS"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> CentreFiles.configuredUnits(new String[] { "tax税务局" }));
        assertTrue(bad.getMessage().contains("tax税务局"));
    }

    @Test
    void aCaseIsRoutedWhileOpenAndNotToTheUnitHoldingIt_AC1() {
        Unit market = centre.requireUnit("MARKET");
        assertDoesNotThrow(() -> OneWindowRules.checkRoute(Cases.open("C-1", CaseStage.ACCEPTED, null), market));
        Conflict same = assertThrows(Conflict.class, () -> OneWindowRules.checkRoute(Cases.open("C-1", CaseStage.UNDER_REVIEW, "MARKET"), market));
        assertTrue(same.message(Locale.SIMPLIFIED_CHINESE).contains("市场监督管理局"));
        Conflict closed = assertThrows(Conflict.class, () -> OneWindowRules.checkRoute(Cases.open("C-1", CaseStage.COMPLETED, null), market));
        assertTrue(closed.message(Locale.ENGLISH).contains("completed"), closed.message(Locale.ENGLISH));
    }

    @Test
    void theResultIsHandedOutAtThePickUpWindowOnceDecided_AC1() {
        Conflict inUnit = assertThrows(Conflict.class, () -> OneWindowRules.checkHandOut(Cases.open("C-2", CaseStage.DECIDED, "MARKET"), "市场监督管理局"));
        assertTrue(inUnit.message(Locale.SIMPLIFIED_CHINESE).contains("仍在市场监督管理局"), inUnit.message(Locale.SIMPLIFIED_CHINESE));
        Conflict undecided = assertThrows(Conflict.class, () -> OneWindowRules.checkHandOut(Cases.open("C-2", CaseStage.UNDER_REVIEW, null), "-"));
        assertTrue(undecided.message(Locale.ENGLISH).contains("under review"));
        assertDoesNotThrow(() -> OneWindowRules.checkHandOut(Cases.open("C-2", CaseStage.DECIDED, null), "-"));
        assertThrows(Conflict.class, () -> OneWindowRules.checkReturn(Cases.open("C-2", CaseStage.UNDER_REVIEW, "MARKET")));
        assertThrows(Conflict.class, () -> OneWindowRules.checkReturn(Cases.open("C-2", CaseStage.DECIDED, null)));
        assertDoesNotThrow(() -> OneWindowRules.checkReturn(Cases.open("C-2", CaseStage.DECIDED, "MARKET")));
    }

    @Test
    void theProgressPageSaysWhereTheCaseIs_AC1() {
        assertEquals(Place.ACCEPTED_AT_WINDOW, OneWindowRules.where(Cases.open("C", CaseStage.ACCEPTED, null), List.of()).place());
        OneWindowRules.Whereabouts inUnit = OneWindowRules.where(Cases.open("C", CaseStage.UNDER_REVIEW, "MARKET"), List.of(TO_MARKET));
        assertEquals(Place.IN_UNIT, inUnit.place());
        assertEquals("MARKET", inUnit.unit());
        assertEquals("市场监督管理局正在审核。", OneWindowRules.describe(inUnit, "市场监督管理局").in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Place.READY_AT_PICK_UP, OneWindowRules.where(Cases.open("C", CaseStage.DECIDED, null), List.of(TO_MARKET, BACK)).place());
        assertEquals(Place.BACK_AT_WINDOW, OneWindowRules.where(Cases.open("C", CaseStage.UNDER_REVIEW, null), List.of(TO_MARKET, BACK)).place());
        assertEquals(Place.HANDED_OUT, OneWindowRules.where(Cases.open("C", CaseStage.COMPLETED, null), List.of(TO_MARKET, BACK)).place());
        assertEquals(Place.ENDED, OneWindowRules.where(Cases.open("C", CaseStage.REFUSED, "MARKET"), List.of(TO_MARKET)).place());
    }

    @Test
    void theDecidingUnitIsTheLastUnitTheCaseWentTo_AC1_AC2() {
        assertEquals("MARKET", OneWindowRules.decidingUnit(Cases.open("C", CaseStage.COMPLETED, null), List.of(TO_MARKET, BACK)));
        assertEquals("HRSS", OneWindowRules.decidingUnit(Cases.open("C", CaseStage.UNDER_REVIEW, "HRSS"), List.of(TO_MARKET)));
        assertNull(OneWindowRules.decidingUnit(Cases.open("C", CaseStage.COMPLETED, null), List.of()));
    }
}
