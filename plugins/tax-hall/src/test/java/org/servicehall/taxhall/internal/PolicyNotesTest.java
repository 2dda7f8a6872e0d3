package org.servicehall.taxhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servicehall.security.Masking;
import org.servicehall.common.NotFound;

/** TX3 (政策解读): a small library of notes per tax item, in both languages; an unknown item is a clear error. */
class PolicyNotesTest {
    private final PolicyNotes notes = new PolicyNotes();

    @Test
    void everyItemOfTheHallHasNotesInBothLanguages_TX3() {
        assertEquals(List.of(TaxItems.FILING, TaxItems.INVOICE, TaxItems.REG_CANCEL, TaxItems.REG_CHANGE, TaxItems.REG_SETUP, TaxItems.VAT_GENERAL),
                notes.items());
        assertTrue(notes.complete(), "every note has its title, text and basis in English and Chinese");
        PolicyNotes.Note zh = notes.notes("TX-REG-CHANGE", Locale.SIMPLIFIED_CHINESE).get(0);
        assertEquals("变更事项30日内办理", zh.title());
        assertTrue(zh.text().contains("10个工作日内办结"), zh.text());
        assertEquals("Report a change within 30 days", notes.notes("tx-reg-change ", Locale.ENGLISH).get(0).title());
        for (PolicyNotes.Note n : notes.all(Locale.SIMPLIFIED_CHINESE)) {
            assertEquals(n.text(), Masking.text(n.text()), "a public note names no taxpayer: " + n);
        }
    }

    @Test
    void anUnknownItemIsAClearError_TX3() {
        NotFound e = assertThrows(NotFound.class, () -> notes.notes("H-PHARMACY", Locale.ENGLISH));
        assertEquals("The tax hall has no policy notes for H-PHARMACY: it is not one of its service items.", e.message(Locale.ENGLISH));
        assertEquals("办税服务厅没有 H-PHARMACY 的政策解读：它不是本厅的办理事项。", e.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(NotFound.class, () -> notes.notes(null, Locale.ENGLISH));
    }
}
