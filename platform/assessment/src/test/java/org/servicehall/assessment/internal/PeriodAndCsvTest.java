package org.servicehall.assessment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.assessment.Period;
import org.servicehall.assessment.PeriodKind;
import org.servicehall.common.ValidationException;

class PeriodAndCsvTest {

    @Test
    void monthsAndQuartersCoverWholeCalendarPeriods_M1() {
        Period feb = Period.parse("2028-02");
        assertEquals(LocalDate.of(2028, 2, 1), feb.from());
        assertEquals(LocalDate.of(2028, 2, 29), feb.to(), "leap year");
        Period q4 = Period.parse("2026-q4");
        assertEquals(PeriodKind.QUARTER, q4.kind());
        assertEquals(LocalDate.of(2026, 10, 1), q4.from());
        assertEquals(LocalDate.of(2026, 12, 31), q4.to());
        assertEquals("2026-Q4", q4.toString());
        assertEquals("2027-Q1", q4.next().toString());
        assertEquals("2025-12", Period.month(YearMonth.of(2026, 1)).previous().toString());
        assertEquals("2026-Q3", Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 9, 30)).toString());
        assertEquals("2026-Q4", Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 10, 1)).toString());
        assertTrue(q4.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(q4.contains(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aBadPeriodNamesTheFieldAndTheExpectedForm_M1() {
        ValidationException e = assertThrows(ValidationException.class, () -> Period.parse("2026-13"));
        assertEquals("must be a month like 2026-11 or a quarter like 2026-Q4, not '2026-13'", e.byField().get("period"));
        assertThrows(ValidationException.class, () -> Period.parse("2026-Q5"));
        assertThrows(ValidationException.class, () -> new Period(PeriodKind.QUARTER, YearMonth.of(2026, 2)));
    }

    @Test
    void csvStartsWithABomQuotesWhatNeedsItAndNeutralisesFormulas_M3() {
        String csv = new Csv().row("name", "note").row("李明", "=HYPERLINK(\"http://x\")").row("+1", "-2").row("@sum", "a,b")
                .row("line\nbreak", 3.5).row(Double.NaN, 12L).toString();
        assertTrue(csv.startsWith("\uFEFFname,note\r\n"), csv);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals("李明,\"'=HYPERLINK(\"\"http://x\"\")\"", lines.get(1));
        assertEquals("'+1,'-2", lines.get(2));
        assertEquals("'@sum,\"a,b\"", lines.get(3));
        assertEquals("\"line\nbreak\",3.5", lines.get(4));
        assertEquals(",12", lines.get(5), "NaN is an empty cell; numbers are never neutralised");
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("plain", Csv.cell("plain"));
    }

    @Test
    void barChartsAreSvgWithEscapedLabelsScaledToTheLargestValue_M3() {
        String svg = SvgBars.render("report-bars", List.of(new SvgBars.Bar("<b>王芳</b>", 50), new SvgBars.Bar("A&B", 100),
                new SvgBars.Bar("none", Double.NaN)), "%");
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);
        assertTrue(svg.contains("&lt;b&gt;王芳&lt;/b&gt;"), svg);
        assertFalse(svg.contains("<b>"), svg);
        assertTrue(svg.contains("A&amp;B"), svg);
        assertTrue(svg.contains("width=\"205\""), "half of the 410 px bar space: " + svg);
        assertTrue(svg.contains("width=\"410\""), svg);
        assertTrue(svg.contains("50.0%") && svg.contains("—%"), svg);
    }
}
