package org.servicehall.web.internal.rest;

import java.util.List;

import org.servicehall.security.ApiToken;
import org.servicehall.security.ApiTokenService;
import org.servicehall.security.IssuedToken;
import org.servicehall.security.Role;
import org.servicehall.security.SignInLock;
import org.servicehall.security.SignInService;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/security} (S1, issue 16, administrators only): the sign-in locks and lifting them,
 * and the API tokens of REST clients — issued (the secret is in this answer only), listed, revoked.
 */
@Path("v1/security")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "security")
@RequiresRole(Role.ADMIN)
public final class SecurityResource {
    private final SignInService signIn;
    private final ApiTokenService tokens;

    SecurityResource(SignInService signIn, ApiTokenService tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
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
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token: requests with it are refused from now on (audited)")
    public void revoke(@PathParam("id") long id, @Context SecurityContext security) {
        tokens.revoke(ActorPrincipal.actorOf(security), id);
    }
}
