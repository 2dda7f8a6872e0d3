package org.servicehall.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.security.IdentityCheck;
import org.servicehall.security.IdentityDocument;
import org.servicehall.casework.Applicant;
import org.servicehall.casework.ApplicantKind;
import org.servicehall.casework.Case;
import org.servicehall.casework.CasePage;
import org.servicehall.casework.CaseStage;
import org.servicehall.casework.Light;
import org.servicehall.casework.ProgressQuery.Progress;
import org.servicehall.casework.Supervision;
import org.servicehall.casework.internal.rest.CaseworkResource;
import org.servicehall.casework.internal.rest.ProgressResource;
import org.servicehall.casework.internal.rest.SupervisionResource;
import org.servicehall.fixture.OpenApiCheck;

/** The casework operations as the API's OpenAPI document describes them (T1-T3): request bodies and answers. */
class CaseworkApiDocumentTest {
    private final OpenApiCheck api = new OpenApiCheck(CaseworkResource.class, SupervisionResource.class, ProgressResource.class);

    private static Case aCase() {
        return new Case(1, 1, "CW-1-20260930-0001", "SETUP", "设立登记", "THREE_DAYS", 3, 7, 1, "001",
                new Applicant(ApplicantKind.PERSON, "张*", "110***********002X", "138****5678"), CaseStage.ACCEPTED, null,
                Instant.parse("2026-09-30T01:00:00Z"), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10), false, null, 0, 3, Light.GREEN, 1,
                null, null, null);
    }

    @Test
    void requestBodiesAreDocumented_T3() {
        assertEquals(List.of("ticketId", "serviceCode", "applicantKind", "applicantName", "applicantId", "applicantPhone"),
                api.requestProperties("POST", "/v1/casework/cases"));
        assertEquals(List.of("legalReason", "decision"), api.requestProperties("POST", "/v1/casework/cases/{id}/refuse"));
        assertEquals(List.of("missing"), api.requestProperties("POST", "/v1/casework/cases/{id}/pause"));
        assertEquals(List.of("unit", "note"), api.requestProperties("POST", "/v1/casework/cases/{id}/handover"));
        assertEquals(List.of("document", "number"), api.requestProperties("POST", "/v1/casework/cases/{id}/identity-checks"), "S4");
    }

    @Test
    void identityChecksAreAnsweredMasked_S4() {
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/cases/1/identity-checks", List.of(new IdentityCheck(3, "CW-1", "case", "1",
                IdentityDocument.RESIDENT_ID_CARD, "110***********002X", "li.ming", Instant.parse("2026-09-30T01:00:00Z")))));
    }

    @Test
    void answersAreAsDocumented_T3() {
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/cases/1", aCase()));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/sites/CW-1/cases", new CasePage(List.of(aCase()), 1, 0, 20)));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/sites/CW-1/supervision", new Supervision.Counts(1,
                new Supervision.Tally("", 1, 2, 3), Supervision.Dimension.SERVICE, List.of(new Supervision.Tally("SETUP", 1, 2, 3)))));
        assertEquals(List.of(), api.problemsOfGet("/v1/casework/public/progress", new Progress("CW-1-20260930-0001", "政务服务中心", "设立登记",
                CaseStage.ACCEPTED, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10), false, null, 3, Light.GREEN)));
    }
}
