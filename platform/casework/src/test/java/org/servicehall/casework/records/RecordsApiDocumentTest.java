package org.servicehall.casework.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.casework.archive.ArchiveKind;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.archive.Retrieval;
import org.servicehall.casework.archive.internal.rest.ArchiveResource;
import org.servicehall.casework.fee.Fee;
import org.servicehall.casework.fee.FeeTotal;
import org.servicehall.casework.fee.internal.rest.FeeResource;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.OneTimeNotice;
import org.servicehall.casework.notice.Wording;
import org.servicehall.casework.notice.internal.rest.NoticeResource;
import org.servicehall.casework.seal.SealRequest;
import org.servicehall.casework.seal.SealStatus;
import org.servicehall.casework.seal.internal.rest.SealResource;
import org.servicehall.fixture.OpenApiCheck;
import org.servicehall.web.RequiresRole;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** The notice, fee, seal and archive operations (T4-T6) as the OpenAPI document describes them, every one protected by a role. */
class RecordsApiDocumentTest {
    private static final List<Class<?>> RESOURCES = List.of(NoticeResource.class, FeeResource.class, SealResource.class,
            ArchiveResource.class);
    private final OpenApiCheck api = new OpenApiCheck(RESOURCES.toArray(Class<?>[]::new));

    @Test
    void requestBodiesAreDocumented_T4_T5_T6() {
        assertEquals(List.of("visit", "brought", "applicable"), api.requestProperties("POST", "/v1/casework/notices/cases/{id}/materials"));
        assertEquals(List.of("visit", "windowNumber", "reason", "note"), api.requestProperties("POST", "/v1/casework/notices/cases/{id}"));
        assertEquals(List.of("feeCode", "description", "amount"), api.requestProperties("POST", "/v1/casework/fees/cases/{id}"));
        assertEquals(List.of("caseId", "document", "seal", "purpose", "impressions"), api.requestProperties("POST", "/v1/casework/seals/sites/{site}"));
        assertEquals(List.of("impressions"), api.requestProperties("POST", "/v1/casework/seals/{id}/use"));
    }

    @Test
    void answersAreAsDocumented_T4_T5_T6() {
        ChecklistItem item = ChecklistItem.required("TX-REG", "LICENCE", new Wording("营业执照", "Business licence")).withCondition(Wording.of("委托的"));
        Instant at = Instant.parse("2026-12-02T01:00:00Z");
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/notices/sites/TAX-1/checklists/TX-REG", List.of(item)));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/notices/cases/1/materials", List.of(new MaterialsCheck(1, 1, 1, 1, "TX-REG",
                Set.of("ID"), Set.of(), List.of("LICENCE"), "li", at))));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/notices/7", new OneTimeNotice(7, 1, 1, "CW-1", 1, "TX-REG", List.of(item),
                "001", "李明", 1, at, null, null, "ab")));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/fees/cases/1", List.of(new Fee(1, 1, 1, "TX-REG", "WORK-COST", "工本费",
                new BigDecimal("5.00"), "TAX-1-2026-000001", "工本费", "li", at))));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/fees/sites/TAX-1/totals", List.of(new FeeTotal(LocalDate.of(2026, 12, 2),
                "TX-REG", 2, new BigDecimal("10.00")))));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/seals/3", new SealRequest(3, 1, 1L, "决定书", "专用章", "送达", 2,
                SealStatus.APPROVED, "li", at, "sup", at, null, null, null, 0)));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/archive/cases/1", List.of(new ArchivedFile(1, 1, 1, ArchiveKind.DECISION,
                "决定书.pdf", "application/pdf", 10, "ab", "li", at, LocalDate.of(2056, 12, 2), null))));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/archive/files/1/retrievals", List.of(new Retrieval(1, 1, "li", at, "复查",
                "SERVED"))));
    }

    @Test
    void everyOperationRequiresARole_S1() {
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                boolean operation = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(DELETE.class);
                assertTrue(!operation || m.isAnnotationPresent(RequiresRole.class), resource.getSimpleName() + "." + m.getName());
            }
        }
    }
}
