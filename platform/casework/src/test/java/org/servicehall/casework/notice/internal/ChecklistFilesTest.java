package org.servicehall.casework.notice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.common.HallProperties;
import org.servicehall.common.PluginSource;

/** T4: sector plugins ship checklists declaratively; a bad material is skipped and reported with its line and key. */
class ChecklistFilesTest {

    @Test
    void aPluginsChecklistIsReadWithRequiredConditionalOriginalsCopiesFormAndBasis_T4() throws Exception {
        HallProperties file = HallProperties.read("tax.properties", getClass().getResourceAsStream("tax-checklist.properties"));
        List<ChecklistItem> items = ChecklistFiles.items(file, "tax-hall 1.0.0");
        assertFalse(file.hasProblems(), file.problems().toString());
        assertEquals(List.of("ID-CARD", "LICENCE", "PROXY"), items.stream().map(ChecklistItem::code).toList());
        ChecklistItem id = items.get(0);
        assertEquals("居民身份证", id.name().zh());
        assertEquals("Resident identity card", id.name().en());
        assertTrue(id.original());
        assertEquals(1, id.copies());
        assertEquals("《税务登记管理办法》第十条", id.legalBasis().zh());
        assertEquals(Requirement.REQUIRED, id.requirement());
        ChecklistItem proxy = items.get(2);
        assertEquals(Requirement.CONDITIONAL, proxy.requirement());
        assertEquals("委托他人代为办理的", proxy.condition().zh());
        assertEquals("授权委托书", proxy.name().en(), "English falls back to the Chinese");
        assertEquals("tax-hall 1.0.0", proxy.source());
    }

    @Test
    void badMaterialsAreSkippedAndEachProblemNamesItsLineAndKey_T4() {
        String text = """
                checklist.GENERAL.OK.name = 身份证
                checklist.GENERAL.NONAME.form = A4
                checklist.GENERAL.COND.name = 委托书
                checklist.GENERAL.COND.requirement = conditional
                checklist.GENERAL.COPIES.name = 执照
                checklist.GENERAL.COPIES.copies = two
                checklist.GENERAL.ODD.name = 其他
                checklist.GENERAL.ODD.colour = red
                """;
        HallProperties file = HallProperties.read("bad.properties", new StringReader(text));
        List<ChecklistItem> items = ChecklistFiles.items(file, new PluginSource(7, "p", "1", "tax").toString());
        assertEquals(List.of("OK"), items.stream().map(ChecklistItem::code).toList());
        String problems = file.problems().toString();
        assertEquals(4, file.problems().size(), problems);
        assertTrue(problems.contains("bad.properties line 2: key 'checklist.GENERAL.NONAME.name' is missing"), problems);
        assertTrue(problems.contains("line 4: key 'checklist.GENERAL.COND.condition' is missing"), problems);
        assertTrue(problems.contains("line 6: key 'checklist.GENERAL.COPIES.copies': 'two' is not a whole number"), problems);
        assertTrue(problems.contains("line 8: key 'checklist.GENERAL.ODD.colour': 'colour' is not a field"), problems);
    }
}
