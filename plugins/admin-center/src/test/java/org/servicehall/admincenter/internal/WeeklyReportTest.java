package org.servicehall.admincenter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.Light;

/** AC2 (T3): the weekly report of the centre's cases by unit and light, and its export. */
class WeeklyReportTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2026, 11, 30);

    private static WeeklyReport.Entry entry(String unit, String limit, CaseStage stage, LocalDate accepted, LocalDate due, Light light,
            String completedAt) {
        return new WeeklyReport.Entry(Cases.of("C", "AC-X", limit, stage, null, accepted, due, light,
                completedAt == null ? null : Instant.parse(completedAt)), unit);
    }

    private final WeeklyReport report = WeeklyReport.of(MON, SHANGHAI, List.of(
            // MARKET: one completed in time, one completed late (Thursday 00:30 Shanghai is after Wednesday's due), one open red
            entry("MARKET", "THREE_DAYS", CaseStage.COMPLETED, MON, MON.plusDays(3), Light.GREEN, "2026-12-02T08:00:00Z"),
            entry("MARKET", "THREE_DAYS", CaseStage.COMPLETED, MON, MON.plusDays(2), Light.RED, "2026-12-02T16:30:00Z"),
            entry("MARKET", "ONE_WEEK", CaseStage.UNDER_REVIEW, MON.minusDays(10), MON.minusDays(3), Light.RED, null),
            // HRSS: same-day items, one open yellow
            entry("HRSS", "SAME_DAY", CaseStage.COMPLETED, MON.plusDays(1), MON.plusDays(1), Light.GREEN, "2026-12-01T07:00:00Z"),
            entry("HRSS", "SAME_DAY", CaseStage.DECIDED, MON.plusDays(4), MON.plusDays(4), Light.YELLOW, null),
            // never routed, accepted this week and still at the window
            entry(null, "ONE_WEEK", CaseStage.ACCEPTED, MON.plusDays(4), MON.plusDays(11), Light.GREEN, null),
            // completed the week before: not in this week's report
            entry("HRSS", "SAME_DAY", CaseStage.COMPLETED, MON.minusDays(7), MON.minusDays(7), Light.GREEN, "2026-11-23T07:00:00Z")));

    private WeeklyReport.Row row(String unit) {
        return report.rows().stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void casesByUnitAndLight_AC2() {
        assertEquals(List.of("MARKET", WeeklyReport.FRONT, "HRSS"), report.rows().stream().map(WeeklyReport.Row::unit).toList());
        WeeklyReport.Row market = row("MARKET");
        assertEquals(2, market.accepted());
        assertEquals(2, market.completed());
        assertEquals(1, market.inTime());
        assertEquals(1, market.late());
        assertEquals(1, market.red());
        WeeklyReport.Row hrss = row("HRSS");
        assertEquals(1, hrss.completed());
        assertEquals(1, hrss.yellow());
        assertEquals(2, hrss.sameDay());
        assertEquals(1, row(WeeklyReport.FRONT).oneWeek());
        assertEquals(5, report.total().accepted());
        assertEquals(3, report.total().completed());
        assertEquals(3, report.total().green() + report.total().yellow() + report.total().red());
    }

    @Test
    void theWeekStartsOnMonday_AC2() {
        assertEquals(MON, WeeklyReport.monday(LocalDate.of(2026, 12, 6)));
        assertThrows(IllegalArgumentException.class, () -> WeeklyReport.of(MON.plusDays(1), SHANGHAI, List.of()));
        assertEquals(Optional.of(MON), WeeklyReport.isoWeekMonday("2026-W49"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 28)), WeeklyReport.isoWeekMonday("2026-W53"), "2026 has 53 ISO weeks");
        assertEquals(Optional.empty(), WeeklyReport.isoWeekMonday("2027-W53"), "2027 has 52");
        assertEquals(Optional.of(LocalDate.of(2027, 1, 4)), WeeklyReport.isoWeekMonday("2027-W01"));
        assertEquals(Optional.empty(), WeeklyReport.isoWeekMonday("2026-11-30"));
    }

    @Test
    void theExportIsCsvForSpreadsheetsInTheReadersLanguage_AC2() {
        String csv = report.csv(Locale.SIMPLIFIED_CHINESE, u -> u.isEmpty() ? "=综合窗口" : u);
        assertTrue(csv.startsWith("\uFEFF政务服务中心办件周报，2026-11-30 至 2026-12-06\r\n部门,受理,办结,按时办结,超时办结,在办绿灯"), csv);
        assertTrue(csv.contains("\r\nMARKET,2,2,1,1,0,0,1,0,2,0\r\n"), csv);
        assertTrue(csv.contains("\r\n'=综合窗口,1,"), "a formula is neutralised: " + csv);
        assertTrue(csv.endsWith("合计,5,3,2,1,1,1,1,2,2,1\r\n"), csv);
    }

    /** AC2: the .xlsx export: a real workbook, the same lines as the CSV, figures as numbers, texts as text (no formula). */
    @Test
    void theExportIsAnExcelWorkbookToo_AC2(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("week.xlsx"), report.xlsx(Locale.SIMPLIFIED_CHINESE, u -> u.isEmpty() ? "=综合窗口" : u));
        Map<String, String> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) { // as a spreadsheet program reads it: by the central directory
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), unescape(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"周报\""), parts.get("xl/workbook.xml"));
        List<String> shared = new ArrayList<>();
        Matcher si = Pattern.compile("<si><t[^>]*>([^<]*)</t></si>").matcher(parts.getOrDefault("xl/sharedStrings.xml", ""));
        while (si.find()) {
            shared.add(si.group(1));
        }
        Map<String, String> cells = new HashMap<>();
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        Matcher c = Pattern.compile("<c r=\"([A-Z]+\\d+)\"([^>]*)>(?:<v>([^<]*)</v>|<is><t[^>]*>([^<]*)</t></is>)</c>").matcher(sheet);
        while (c.find()) {
            String value = c.group(3) != null && c.group(2).contains("t=\"s\"") ? shared.get(Integer.parseInt(c.group(3)))
                    : c.group(3) != null ? c.group(3) : c.group(4);
            cells.put(c.group(1), value);
        }
        assertEquals("政务服务中心办件周报，2026-11-30 至 2026-12-06", cells.get("A1"));
        assertEquals(List.of("部门", "受理", "办结", "按时办结", "超时办结"), List.of(cells.get("A2"), cells.get("B2"), cells.get("C2"), cells.get("D2"),
                cells.get("E2")));
        assertEquals("MARKET", cells.get("A3"), "the unit with a red light first, as in the CSV");
        assertEquals(List.of("2", "2", "1", "1"), List.of(cells.get("B3"), cells.get("C3"), cells.get("D3"), cells.get("E3")));
        int last = report.rows().size() + 3;
        assertEquals("合计", cells.get("A" + last));
        assertEquals("5", cells.get("B" + last));
        assertTrue(cells.containsValue("=综合窗口"), "a unit name starting with = is text: " + cells);
        assertFalse(sheet.contains("<f>"), "no formula in the sheet");
    }

    /** The XML's character references read (the workbook writes every character beyond ASCII as one). */
    private static String unescape(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml).replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }
}
