package org.servicehall.web.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servicehall.security.Account;
import org.servicehall.security.AccountService;
import org.servicehall.security.ApiToken;
import org.servicehall.security.ApiTokenService;
import org.servicehall.security.IssuedToken;
import org.servicehall.security.Actor;
import org.servicehall.security.IdentityDocument;
import org.servicehall.security.PersonalData;
import org.servicehall.security.PersonalDataService;
import org.servicehall.security.Role;
import org.servicehall.security.SignInLock;
import org.servicehall.security.SignInService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/security} (S1, issue 16, administrators only): the sign-in locks and lifting them,
 * the API tokens of REST clients — issued (the secret is in this answer only), listed, revoked — and
 * the accounts with their roles per site (S1).
 */
@Path("v1/security")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security")
@RequiresRole(Role.ADMIN)
public final class SecurityResource {
    private final SignInService signIn;
    private final ApiTokenService tokens;

    private final AccountService accounts;
    private final PersonalDataService personalData;

    SecurityResource(SignInService signIn, ApiTokenService tokens, AccountService accounts, PersonalDataService personalData) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.accounts = accounts;
        this.personalData = personalData;
    }

    @GET
    @Path("personal-data")
    @Operation(summary = "One citizen's personal data in every area, found by the phone number they gave (S3; a central administrator; "
            + "audited). S4: the citizen's identity document is checked with the request (recorded masked and hashed) and the "
            + "administrator's password must be fresh: HTTP Basic carries it, an API token cannot do this (403)")
    public Map<String, List<String>> exportPersonalData(
            @Parameter(required = true, description = "the phone number the citizen gave") @QueryParam("phone") String phone,
            @Parameter(required = true, description = "the document the citizen shows (S4)", schema = @Schema(implementation = IdentityDocument.class))
            @QueryParam("document") String document,
            @Parameter(required = true, description = "the document's number as read from it (S4; stored only masked and hashed)",
                    schema = @Schema(maxLength = 40)) @QueryParam("number") String number,
            @Context SecurityContext security) {
        Actor by = ActorPrincipal.actorOf(security);
        checkIdentity(by, phone, document, number);
        return personalData.export(by, phone);
    }

    /** S4: the citizen's document checked with the request itself, for the phone's subject. */
    private void checkIdentity(Actor by, String phone, String document, String number) {
        IdentityDocument d = document == null || document.isBlank() ? null : RequestValues.enumValue(IdentityDocument.class, "document", document);
        personalData.checkIdentity(by, phone, d, number);
    }

    @DELETE
    @Path("personal-data")
    @Operation(summary = "Erase one citizen's personal data on request, found by their phone number; what the law keeps (an open case, "
            + "a booking to come) is left and named (S3; a central administrator; audited; S4: the citizen's document checked with the "
            + "request and the administrator's fresh password, as for the export)")
    public Map<String, PersonalData.Erasure> erasePersonalData(
            @Parameter(required = true, description = "the phone number the citizen gave") @QueryParam("phone") String phone,
            @Parameter(required = true, description = "the document the citizen shows (S4)", schema = @Schema(implementation = IdentityDocument.class))
            @QueryParam("document") String document,
            @Parameter(required = true, description = "the document's number as read from it (S4; stored only masked and hashed)",
                    schema = @Schema(maxLength = 40)) @QueryParam("number") String number,
            @Context SecurityContext security) {
        Actor by = ActorPrincipal.actorOf(security);
        checkIdentity(by, phone, document, number);
        return personalData.erase(by, phone);
    }

    @POST
    @Path("personal-data/anonymise")
    @Operation(summary = "Anonymise now the personal data whose retention period lapsed, as the daily run does (S3; a central "
            + "administrator); how many records, by area")
    public Map<String, Integer> anonymiseLapsed(@Context SecurityContext security) {
        return personalData.anonymiseLapsed(ActorPrincipal.actorOf(security));
    }

    /**
     * An account to create (S1): with a site, its roles are held on that site only and a site's
     * administrator may create it; without one, on every site, which needs a central administrator.
     */
    public record AccountRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 128) String displayName,
            @Schema(nullable = true, maxLength = 40) String site,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<Role> roles,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 256) String password) {
    }

    /** The roles an account is to hold on one site; none takes them away there. */
    public record GrantRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<Role> roles) {
    }

    @GET
    @Path("accounts")
    @Operation(summary = "The accounts with their roles on every site and on each site; never their passwords")
    public List<Account> accounts() {
        return accounts.list();
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account of one site (its administrator) or with roles on every site (a central administrator); "
            + "audited (S1, S2)")
    public Response createAccount(AccountRequest body, @Context SecurityContext security) {
        Account created = accounts.createAccount(ActorPrincipal.actorOf(security), body.username(), body.displayName(),
                body.site() == null || body.site().isBlank() ? null : body.site().strip(), body.roles(), body.password());
        return RequestValues.created(created);
    }

    @PUT
    @Path("accounts/{username}/sites/{site}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the roles an account holds on one site (none takes them away there); that site's administrator, audited "
            + "(S1, S2)")
    public Account grant(@PathParam("username") String username, @PathParam("site") String site, GrantRequest body,
            @Context SecurityContext security) {
        return accounts.grant(ActorPrincipal.actorOf(security), username, site, body.roles());
    }

    /** A token to issue: who uses it, the site it may act on and its role (STAFF or SUPERVISOR). */
    public record TokenRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 128) String client,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 40) String siteCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Role role) {
    }

    @GET
    @Path("sign-in-locks")
    @Operation(summary = "The accounts and client addresses locked for failed sign-ins, soonest to lapse first")
    public List<SignInLock> locks() {
        return signIn.locks();
    }

    @DELETE
    @Path("sign-in-locks/accounts/{username}")
    @Operation(summary = "Lift an account's sign-in lock and forget its failures (audited)")
    public void unlockAccount(@PathParam("username") String username, @Context SecurityContext security) {
        signIn.unlockAccount(ActorPrincipal.actorOf(security), username);
    }

    @DELETE
    @Path("sign-in-locks/addresses/{address}")
    @Operation(summary = "Lift a client address's sign-in lock and forget its failures (audited)")
    public void unlockAddress(@PathParam("address") String address, @Context SecurityContext security) {
        signIn.unlockAddress(ActorPrincipal.actorOf(security), address);
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The API tokens, newest first, revoked ones included; never their secrets")
    public List<ApiToken> tokens() {
        return tokens.list();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API token for a REST client, scoped to a site and a role; the secret is shown in this answer only "
            + "(send it as Authorization: Bearer <secret>)")
    public Response issue(TokenRequest body, @Context SecurityContext security) {
        IssuedToken issued = tokens.issue(ActorPrincipal.actorOf(security), body.client(), body.siteCode(), body.role());
        return RequestValues.created(issued);
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token: requests with it are refused from now on (audited)")
    public void revoke(@PathParam("id") long id, @Context SecurityContext security) {
        tokens.revoke(ActorPrincipal.actorOf(security), id);
    }
}
