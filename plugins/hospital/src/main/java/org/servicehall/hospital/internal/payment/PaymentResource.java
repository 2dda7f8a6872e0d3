package org.servicehall.hospital.internal.payment;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.ValidationException;
import org.servicehall.hospital.internal.HospitalTexts;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** {@code /api/v1/hospital/payments}: the patient's itemised fee list from the information system and the steps of 唱收唱付 (H2). */
@Component(service = ApiResource.class)
@Path("v1/hospital/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hospital")
public final class PaymentResource implements ApiResource {
    private final Payments payments;
    private final SiteService sites;

    @Activate
    public PaymentResource(@Reference Payments payments, @Reference SiteService sites) {
        this.payments = payments;
        this.sites = sites;
    }

    @Schema(name = "HospitalFeeItem")
    public record ItemBody(@Schema(maxLength = 40) String code, @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer quantity,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "yuan, two decimals") BigDecimal unitPrice) {
    }

    @Schema(name = "HospitalFeeList")
    public record FeeListBody(@Schema(maxLength = 64) String externalId, @Schema(maxLength = 20) String ticketNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String patientName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ItemBody> items) {
    }

    @Schema(name = "HospitalPaymentStep")
    public record StepBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PaymentStep step,
            @Schema(description = "the cash received, for RECEIVED_ANNOUNCED") BigDecimal received) {
    }

    @POST
    @Path("sites/{site}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The patient's itemised fee list (H2), from the information system or the window")
    public Response open(@PathParam("site") String site, FeeListBody body, @Context SecurityContext security) {
        FeeListBody b = RequestValues.required(body, "feeList");
        PaymentDraft.Builder d = PaymentDraft.builder().siteId(sites.siteWithCode(site).id()).externalId(b.externalId())
                .ticketNumber(b.ticketNumber()).patientName(b.patientName());
        if (b.items() != null) {
            for (ItemBody it : b.items()) {
                if (it == null) {
                    throw ValidationException.of("items", HospitalTexts.message("error.field.required"));
                }
                d.item(it.code(), it.name(), it.quantity(), it.unitPrice());
            }
        }
        return RequestValues.created(payments.open(ActorPrincipal.actorOf(security), d.build()));
    }

    @GET
    @Path("sites/{site}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Open payments and today's finished ones")
    public List<Payment> list(@PathParam("site") String site) {
        return payments.open(sites.siteWithCode(site).id());
    }

    @GET
    @Path("{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One payment with its fee list and recorded steps")
    public Payment one(@PathParam("id") long id) {
        return payments.payment(id);
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Record one step of 唱收唱付, in order")
    public Payment step(@PathParam("id") long id, StepBody body, @Context SecurityContext security) {
        StepBody b = RequestValues.required(body, "step");
        return payments.record(ActorPrincipal.actorOf(security), id, b.step(), b.received());
    }

    @POST
    @Path("{id}/finish")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Finish the payment; refused naming each step of 唱收唱付 not recorded")
    public Payment finish(@PathParam("id") long id, @Context SecurityContext security) {
        return payments.finish(ActorPrincipal.actorOf(security), id);
    }
}
