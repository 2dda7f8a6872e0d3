package org.servicehall.conduct.internal.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.ValidationException;
import org.servicehall.conduct.ConductCatalogue;
import org.servicehall.conduct.ConductPhrases;
import org.servicehall.conduct.ConductRule;
import org.servicehall.conduct.ForbiddenPhrase;
import org.servicehall.conduct.RefusedText;
import org.servicehall.conduct.RuleDraft;
import org.servicehall.conduct.StepPhrase;
import org.servicehall.conduct.internal.CatalogueRules;
import org.servicehall.queue.ServiceStep;
import org.servicehall.queue.TextFinding;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/conduct}: the conduct catalogue (C1), standard phrases (C2) and the
 * forbidden-phrase check (C3) of a site, named by its code. Reading the rules and phrases and the
 * check need a staff login: they are staff's working material (C2: shown to staff at the counter),
 * no public page or device of the hall reads them, and the list of forbidden phrases with the
 * checker's suggestions is not for those who would write around it (issue 10 item 9). Changes need
 * an admin's login, the record of refused texts a supervisor's.
 */
@Component(service = ApiResource.class)
@Path("v1/conduct")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conduct")
public final class ConductResource implements ApiResource {
    private final ConductCatalogue catalogue;
    private final ConductPhrases phrases;
    private final SiteService sites;

    @Activate
    public ConductResource(@Reference ConductCatalogue catalogue, @Reference ConductPhrases phrases, @Reference SiteService sites) {
        this.catalogue = catalogue;
        this.phrases = phrases;
        this.sites = sites;
    }

    /** The phrases of a site: per step, the general courtesy phrases and the forbidden ones. */
    public record Phrases(List<StepPhrase> steps, List<String> courtesy, List<ForbiddenPhrase> forbidden) {
    }

    /** A text to check, for the site named by code or id. */
    public record CheckRequest(@Schema(maxLength = 40) String siteCode, Long siteId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
    }

    /** A step's new wording. */
    public record PhraseText(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ConductPhrases.MAX_STEP_PHRASE) String text) {
    }

    /** A forbidden phrase to add and what to say instead. */
    public record ForbiddenDraft(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ConductPhrases.MAX_FORBIDDEN_PHRASE) String phrase,
            @Schema(maxLength = ConductPhrases.MAX_SUGGESTION) String suggestion) {
    }

    @GET
    @Path("sites/{code}/rules")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The conduct rules of a site (C1), by category; ?enabled=true for those that apply")
    public List<ConductRule> rules(@PathParam("code") String code, @QueryParam("enabled") @DefaultValue("false") boolean enabledOnly) {
        long site = sites.siteWithCode(code).id();
        return enabledOnly ? catalogue.enabledRules(site) : catalogue.rules(site);
    }

    @GET
    @Path("sites/{code}/phrases")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The standard phrases of each step (C2), the courtesy phrases and the forbidden phrases (C3) of a site")
    public Phrases phrases(@PathParam("code") String code) {
        long site = sites.siteWithCode(code).id();
        return new Phrases(phrases.stepPhrases(site), phrases.courtesyPhrases(), phrases.forbiddenPhrases(site));
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The forbidden phrases in a text for citizens (C3): positions in the text, phrase and suggestion")
    public List<TextFinding> check(CheckRequest request) {
        long site;
        if (request.siteId() != null) {
            site = sites.site(request.siteId()).id();
        } else if (request.siteCode() != null && !request.siteCode().isBlank()) {
            site = sites.siteWithCode(request.siteCode()).id();
        } else {
            throw ValidationException.of("siteCode", CatalogueRules.TEXTS.message("conduct.error.site"));
        }
        return phrases.check(site, request.text());
    }

    // ---- admin: rules

    @POST
    @Path("sites/{code}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Add a rule of the site's own (admin)")
    public ConductRule addRule(@PathParam("code") String code, RuleDraft draft, @Context SecurityContext security) {
        return catalogue.addRule(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), draft);
    }

    @PUT
    @Path("sites/{code}/rules/{rule}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Change a rule's category and wording at the site (admin)")
    public ConductRule editRule(@PathParam("code") String code, @PathParam("rule") String rule, RuleDraft draft,
            @Context SecurityContext security) {
        return catalogue.editRule(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), rule, draft);
    }

    @POST
    @Path("sites/{code}/rules/{rule}/disable")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Disable a rule at the site (admin)")
    public ConductRule disable(@PathParam("code") String code, @PathParam("rule") String rule, @Context SecurityContext security) {
        return catalogue.setEnabled(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), rule, false);
    }

    @POST
    @Path("sites/{code}/rules/{rule}/enable")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Enable a rule at the site (admin)")
    public ConductRule enable(@PathParam("code") String code, @PathParam("rule") String rule, @Context SecurityContext security) {
        return catalogue.setEnabled(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), rule, true);
    }

    @POST
    @Path("sites/{code}/rules/{rule}/reset")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Go back to the shipped wording of a rule (admin)")
    public ConductRule reset(@PathParam("code") String code, @PathParam("rule") String rule, @Context SecurityContext security) {
        return catalogue.resetRule(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), rule);
    }

    @DELETE
    @Path("sites/{code}/rules/{rule}")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Remove a rule the site added (admin)")
    public void removeRule(@PathParam("code") String code, @PathParam("rule") String rule, @Context SecurityContext security) {
        catalogue.removeRule(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), rule);
    }

    // ---- admin: phrases

    @PUT
    @Path("sites/{code}/phrases/steps/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Set the site's standard phrase for a step of service (admin)")
    public StepPhrase setStepPhrase(@PathParam("code") String code, @PathParam("step") String step, PhraseText body,
            @Context SecurityContext security) {
        return phrases.setStepPhrase(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), step(step), body.text());
    }

    @DELETE
    @Path("sites/{code}/phrases/steps/{step}")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Go back to the shipped phrase for a step (admin)")
    public StepPhrase resetStepPhrase(@PathParam("code") String code, @PathParam("step") String step,
            @Context SecurityContext security) {
        return phrases.resetStepPhrase(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), step(step));
    }

    @POST
    @Path("sites/{code}/forbidden-phrases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Add a forbidden phrase at the site, or change its suggestion (admin)")
    public ForbiddenPhrase addForbidden(@PathParam("code") String code, ForbiddenDraft draft, @Context SecurityContext security) {
        return phrases.addForbiddenPhrase(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), draft.phrase(), draft.suggestion());
    }

    @DELETE
    @Path("sites/{code}/forbidden-phrases")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Remove a forbidden phrase at the site (admin): ?phrase=…")
    public void removeForbidden(@PathParam("code") String code, @QueryParam("phrase") String phrase, @Context SecurityContext security) {
        phrases.removeForbiddenPhrase(ActorPrincipal.actorOf(security), sites.siteWithCode(code).id(), phrase);
    }

    @GET
    @Path("sites/{code}/refusals")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "The latest texts refused for forbidden phrases (supervisor)")
    public List<RefusedText> refusals(@PathParam("code") String code, @QueryParam("limit") @DefaultValue("50") int limit) {
        return phrases.refusals(sites.siteWithCode(code).id(), limit);
    }

    private static ServiceStep step(String step) {
        try {
            return ServiceStep.valueOf(step.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("step", CatalogueRules.TEXTS.message("conduct.error.stepName", String.valueOf(step), Arrays.toString(ServiceStep.values())));
        }
    }
}
