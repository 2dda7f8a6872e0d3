package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.servicehall.complaint.internal.rest.ComplaintResource;
import org.servicehall.complaint.internal.rest.PublicResource;
import org.servicehall.conduct.internal.discipline.rest.DisciplineResource;
import org.servicehall.fixture.OpenApiCheck;

/** The complaint operations as the one OpenAPI document of the API describes them (issue 10 item 8). */
class ComplaintApiDocumentTest {

    @Test
    void theDocumentDescribesTheWorkflowBodiesBesideConductsOwn_P2() {
        // one document for every bundle: a schema name two bundles use describes only one of them
        OpenApiCheck api = new OpenApiCheck(ComplaintResource.class, PublicResource.class, DisciplineResource.class);
        assertEquals(List.of("text"), api.requestProperties("POST", "/v1/complaint/complaints/{id}/feedback"));
        assertEquals(List.of("text"), api.requestProperties("POST", "/v1/complaint/complaints/{id}/reject"));
        assertEquals(List.of("finding", "action", "confirmed", "staffAtFault", "ruleCode", "rectification", "rectificationOwner",
                "rectificationDue", "staffNumber"), api.requestProperties("POST", "/v1/complaint/complaints/{id}/resolve"));
        assertEquals(List.of("note"), api.requestProperties("POST", "/v1/conduct/discipline/violations/{id}/confirm"));
        assertEquals(List.of("resolution"), api.requestProperties("POST", "/v1/conduct/discipline/disputes/{id}/resolve"));
    }
}
