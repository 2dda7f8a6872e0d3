package org.servicehall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.servicehall.security.Role;

/** Issue 12 (Console): every view is in a menu group by area, given or from its sector and path; 1.x views keep working. */
class ViewInfoTest {

    private static String group(String path, String sector) {
        return new ViewInfo(path, "t", null, Role.STAFF, sector, 0).group();
    }

    @Test
    void aViewWithoutAGroupIsGroupedByItsAreaFromThePath() {
        assertEquals(ViewInfo.HOME, group("", "core"));
        assertEquals(ViewInfo.QUEUE, group("desk", "core"));
        assertEquals(ViewInfo.QUEUE, group("supervisor", "core"));
        assertEquals(ViewInfo.QUEUE, group("board/settings", "core"));
        assertEquals(ViewInfo.STAFF, group("attendance/roster", "core"));
        assertEquals(ViewInfo.STAFF, group("my-day", "core"));
        assertEquals(ViewInfo.CONDUCT, group("conduct/violations", "core"));
        assertEquals(ViewInfo.CONDUCT, group("admin/conduct", "core"));
        assertEquals(ViewInfo.COMPLAINTS, group("complaints/phone", "core"));
        assertEquals(ViewInfo.ASSESSMENT, group("assessment/ranking", "core"));
        assertEquals(ViewInfo.CASEWORK, group("casework", "core"));
        assertEquals(ViewInfo.SETUP, group("admin/staff", "core"));
        assertEquals(ViewInfo.SETUP, group("plugins", "core"));
        assertEquals(ViewInfo.SECTORS, group("tax-hall/catalogue", "taxhall"));
    }

    @Test
    void aGivenGroupIsKeptAndAnUnknownOneRefused() {
        assertEquals(ViewInfo.CASEWORK, new ViewInfo("tax-hall/cases", "t", null, Role.STAFF, "taxhall", 0, ViewInfo.CASEWORK).group());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ViewInfo("x", "t", null, Role.STAFF, "core", 0, "misc"));
        assertEquals(true, e.getMessage().contains("'misc'"), e.getMessage());
    }
}
