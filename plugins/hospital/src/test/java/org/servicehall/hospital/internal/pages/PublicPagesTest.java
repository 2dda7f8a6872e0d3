package org.servicehall.hospital.internal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.servicehall.common.EventDispatcher;
import org.servicehall.fixture.EachDatabase;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.TestSite;
import org.servicehall.hospital.internal.HospitalHall;
import org.servicehall.hospital.internal.HospitalTables;
import org.servicehall.hospital.internal.lab.Laboratory;
import org.servicehall.hospital.internal.lab.Specimen;
import org.servicehall.hospital.internal.lab.SpecimenOrder;
import org.servicehall.security.Actor;

import jakarta.ws.rs.core.Response;

/** The public light pages: the pharmacy's ready board (H3, numbers only) and the patient's report slip on the phone (H4). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesTest {
    private final EventDispatcher events = new EventDispatcher("hospital-pages-test");

    @AfterAll
    void closeAll() {
        events.close();
    }

    @EachDatabase("hospital")
    void theReadyBoardIsTheHallsInItsReadersLanguageAndAnUnknownHallReadsAsAPage_H3(HallFixture fx) {
        TestSite hall = HospitalHall.site(fx, "PB").create();
        PublicPages pages = new PublicPages(fx.sites(), lab(fx));
        Response zh = pages.readyBoard(hall.code().toLowerCase(Locale.ROOT), null);
        assertEquals(200, zh.getStatus());
        String page = (String) zh.getEntity();
        assertTrue(page.contains("data-site=\"" + hall.code() + "\""), page);
        assertTrue(page.contains("请以下号码到药房取药"), page);
        assertTrue(page.contains("/api/v1/hospital/pharmacy/sites/"), "it reads the public ready list");
        assertTrue(page.contains("data-now=\"" + fx.sites().clock(hall.id()).millis() + "\"") && page.contains("data-zone=\""
                + hall.site().zone().getId() + "\""), "the board's clock is the hall's: " + page);
        assertTrue(((String) pages.readyBoard(hall.code(), "en").getEntity()).contains("Please collect your medicine"));
        Response unknown = pages.readyBoard("NO<SUCH>", null);
        assertEquals(404, unknown.getStatus());
        assertTrue(((String) unknown.getEntity()).contains("没有编号为“NO&lt;SUCH&gt;”的大厅"), (String) unknown.getEntity());
    }

    @EachDatabase("hospital")
    void theSlipSaysWhenAndWhereLinksTheTicketAndSaysReadyOnceTheReportIsOut_H4(HallFixture fx) {
        TestSite hall = HospitalHall.site(fx, "PS").create();
        Laboratory lab = lab(fx);
        PublicPages pages = new PublicPages(fx.sites(), lab);
        Actor staff = hall.staff(1).actor();
        Specimen o = lab.order(staff, new SpecimenOrder(hall.id(), "PS" + hall.id() + "-1", "L007", "王芳", "CBC", null));
        Specimen taken = lab.sample(staff, o.id(), "王芳", "CBC", o.specimenNumber());
        String waiting = (String) pages.slip(taken.slipToken(), null, null).getEntity();
        assertTrue(waiting.contains("data-state=\"WAITING\""), waiting);
        assertFalse(waiting.contains("{{"), "every mark filled: " + waiting);
        assertTrue(waiting.contains("nav.lang a { color: #0b5cad;") && waiting.contains("#number { font-size: 2.6em;"),
                "the phone pages' common look and the slip's own: " + waiting);
        assertTrue(waiting.contains("请于"), "when and where, in Chinese when the reader names no language: " + waiting);
        assertTrue(waiting.contains("检验科"), waiting);
        assertTrue(waiting.contains("href=\"/api/v1/queue/follow/" + hall.code() + "/L007\""), "the ticket's phone page: " + waiting);
        assertFalse(waiting.contains("王芳"), "no patient name on a page opened by a link");
        lab.report(staff, o.id());
        String ready = (String) pages.slip(taken.slipToken(), "en", null).getEntity();
        assertTrue(ready.contains("data-state=\"READY\""), ready);
        assertTrue(ready.contains("Your report is ready."), ready);
        assertTrue(ready.contains("the laboratory&#39;s report window"), "the apostrophe kept: " + ready);
        Response unknown = pages.slip("0123456789abcdef0123456789abcdef", null, null);
        assertEquals(404, unknown.getStatus());
        assertTrue(((String) unknown.getEntity()).contains("该回执不存在"));
        assertEquals(404, pages.slip("../../etc", null, null).getStatus());
    }

    private Laboratory lab(HallFixture fx) {
        return new Laboratory(HospitalTables.on(fx.dataSource()), fx.sites(), fx.audit(), events, fx.clock());
    }
}
