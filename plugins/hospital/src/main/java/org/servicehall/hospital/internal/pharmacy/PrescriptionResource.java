package org.servicehall.hospital.internal.pharmacy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/hospital/pharmacy}: prescriptions from the hospital information system (H3), the
 * pharmacy's steps and its skin-test list.
 *
 * <h2>Mapping to HL7 FHIR R4 MedicationRequest</h2>
 * A prescription of several drugs is, in FHIR, several MedicationRequests sharing one
 * {@code groupIdentifier}; the information system sends them as one {@link PrescriptionBody}:
 * <table>
 * <caption>PrescriptionBody ← MedicationRequest (R4)</caption>
 * <tr><th>field</th><th>FHIR R4</th></tr>
 * <tr><td>{@code externalId}</td><td>{@code groupIdentifier.value} (or {@code id} of a one-drug request); repeated → 409</td></tr>
 * <tr><td>{@code patientName}</td><td>{@code subject.display} (Patient.name.text)</td></tr>
 * <tr><td>{@code patientAge}</td><td>age in years at {@code authoredOn} from Patient.birthDate</td></tr>
 * <tr><td>{@code department}</td><td>{@code requester} PractitionerRole.organization.display (the prescribing department, 科别)</td></tr>
 * <tr><td>{@code prescriber}</td><td>{@code requester.display}</td></tr>
 * <tr><td>{@code diagnosis}</td><td>{@code reasonCode[0].text} (or reasonReference Condition.code.text: 临床诊断)</td></tr>
 * <tr><td>{@code ticketNumber}</td><td>no FHIR element: the patient's queue ticket today (an extension in a FHIR gateway)</td></tr>
 * <tr><td>{@code lines[].drugCode}</td><td>{@code medicationCodeableConcept.coding[0].code} (the hospital's formulary code)</td></tr>
 * <tr><td>{@code lines[].quantity}</td><td>{@code dispenseRequest.quantity.value} (units of the formulary's dispensing unit)</td></tr>
 * <tr><td>{@code lines[].dosage}</td><td>{@code dosageInstruction[0].text} (用法用量)</td></tr>
 * </table>
 * The pharmacy's steps map onto MedicationDispense: {@code prepare}/{@code check} → status
 * {@code preparation} with the two performers (function {@code packager} and {@code checker}),
 * {@code dispense} → {@code completed}; the answer's {@code status} is the plugin's own.
 */
@Component(service = ApiResource.class)
@Path("v1/hospital/pharmacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hospital")
public final class PrescriptionResource implements ApiResource {
    private final Pharmacy pharmacy;
    private final SiteService sites;

    @Activate
    public PrescriptionResource(@Reference Pharmacy pharmacy, @Reference SiteService sites) {
        this.pharmacy = pharmacy;
        this.sites = sites;
    }

    /** One drug of a prescription (MedicationRequest medication, dispenseRequest.quantity, dosageInstruction.text). */
    @Schema(name = "HospitalPrescriptionLine")
    public record LineBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String drugCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 to 999") Integer quantity,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String dosage) {
    }

    /** A prescription from the information system (see the FHIR mapping above). */
    @Schema(name = "HospitalPrescription")
    public record PrescriptionBody(@Schema(maxLength = 64) String externalId, @Schema(maxLength = 20) String ticketNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String patientName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "years, 0 to 150") Integer patientAge,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String department,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String diagnosis,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String prescriber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LineBody> lines) {
    }

    /** The ten checks of 四查十对 ticked at the window. */
    @Schema(name = "HospitalDispense")
    public record DispenseBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<DispenseCheck> checks) {
    }

    @Schema(name = "HospitalSkinTest")
    public record SkinTestBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SkinTestResult result) {
    }

    @Schema(name = "HospitalSkinTestFlag")
    public record SkinTestFlagBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean skinTest) {
    }

    @POST
    @Path("sites/{site}/prescriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "A prescription from the hospital information system (H3; FHIR R4 MedicationRequest fields, see the mapping)")
    public Response receive(@PathParam("site") String site, PrescriptionBody body, @Context SecurityContext security) {
        PrescriptionBody b = RequestValues.required(body, "prescription");
        PrescriptionDraft.Builder d = PrescriptionDraft.builder().siteId(sites.siteWithCode(site).id()).source(PrescriptionSource.HIS)
                .externalId(b.externalId()).ticketNumber(b.ticketNumber()).patientName(b.patientName()).patientAge(b.patientAge())
                .department(b.department()).diagnosis(b.diagnosis()).prescriber(b.prescriber());
        if (b.lines() != null) {
            for (LineBody l : b.lines()) {
                if (l == null) {
                    throw ValidationException.of("lines", HospitalTexts.message("error.field.required"));
                }
                d.line(l.drugCode(), l.quantity(), l.dosage());
            }
        }
        Prescription p = pharmacy.receive(ActorPrincipal.actorOf(security), d.build());
        return RequestValues.created(p);
    }

    @GET
    @Path("sites/{site}/prescriptions")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The site's prescriptions not yet dispensed and today's dispensed ones (H3)")
    public List<Prescription> open(@PathParam("site") String site) {
        return pharmacy.open(sites.siteWithCode(site).id());
    }

    @GET
    @Path("sites/{site}/ready")
    @Operation(summary = "Ticket numbers whose prescriptions are ready for pick-up (the public ready board: numbers only)")
    public List<String> ready(@PathParam("site") String site) {
        return pharmacy.ready(sites.siteWithCode(site).id()).stream().map(Prescription::ticketNumber).filter(n -> n != null).distinct().toList();
    }

    @GET
    @Path("prescriptions/{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "One prescription (H3)")
    public Prescription one(@PathParam("id") long id) {
        return pharmacy.prescription(id);
    }

    @POST
    @Path("prescriptions/{id}/prepare")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "调配: the first pharmacist prepares the prescription")
    public Prescription prepare(@PathParam("id") long id, @Context SecurityContext security) {
        return pharmacy.prepare(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("prescriptions/{id}/check")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "核对: a second, different pharmacist checks it; it is then ready for pick-up")
    public Prescription check(@PathParam("id") long id, @Context SecurityContext security) {
        return pharmacy.check(ActorPrincipal.actorOf(security), id);
    }

    @POST
    @Path("prescriptions/{id}/skin-test")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The skin-test result of a prescription with a skin-test drug (皮试)")
    public Prescription skinTest(@PathParam("id") long id, SkinTestBody body, @Context SecurityContext security) {
        return pharmacy.recordSkinTest(ActorPrincipal.actorOf(security), id, RequestValues.required(body, "skinTest").result());
    }

    @POST
    @Path("prescriptions/{id}/dispense")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "发药 with the ten checks of 四查十对; refused naming any check missing")
    public Prescription dispense(@PathParam("id") long id, DispenseBody body, @Context SecurityContext security) {
        DispenseBody b = RequestValues.required(body, "dispense");
        Set<DispenseCheck> checks = EnumSet.noneOf(DispenseCheck.class);
        if (b.checks() != null) {
            b.checks().stream().filter(c -> c != null).forEach(checks::add);
        }
        return pharmacy.dispense(ActorPrincipal.actorOf(security), id, checks);
    }

    @GET
    @Path("drugs")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The formulary with the skin-test list")
    public List<Drug> drugs() {
        return List.copyOf(pharmacy.drugs().values());
    }

    @PUT
    @Path("drugs/{code}/skin-test")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Whether a drug needs a negative skin test before it is dispensed (the pharmacy's list)")
    public Drug setSkinTest(@PathParam("code") String code, SkinTestFlagBody body, @Context SecurityContext security) {
        SkinTestFlagBody b = RequestValues.required(body, "skinTest");
        if (b.skinTest() == null) {
            throw ValidationException.of("skinTest", HospitalTexts.message("error.field.required"));
        }
        return pharmacy.setSkinTest(ActorPrincipal.actorOf(security), code, b.skinTest());
    }
}
