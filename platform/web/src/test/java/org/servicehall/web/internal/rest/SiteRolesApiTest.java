package org.servicehall.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.persistence.PersistenceUnits;
import org.servicehall.persistence.SchemaMigrations;
import org.servicehall.persistence.Transactions;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.Role;
import org.servicehall.security.internal.SecurityService;
import org.servicehall.testing.TestDatabase;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequiresRole;

import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * S1 (issue 16) in the REST API, with the real accounts on H2: an operation whose path names a site
 * needs the role on that site; the resource sees the actor's roles there and nowhere else; a refusal
 * answers 403 naming the site and is audited.
 */
class SiteRolesApiTest {
    private static final String PASSWORD = "Site-Roles-2026";
    private TestDatabase db;
    private EntityManagerFactory emf;
    private SecurityService security;
    private ApplicationHandler api;

    @Path("v1/probe")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Probe implements ApiResource {
        @GET
        @Path("sites/{site}/queue")
        @RequiresRole(Role.STAFF)
        public String staffThing(@PathParam("site") String site, @Context SecurityContext security) {
            Actor actor = ActorPrincipal.actorOf(security);
            return actor.siteRoles().toString() + " supervisor here: " + actor.has(Role.SUPERVISOR);
        }

        @GET
        @Path("sites/{site}/stats")
        @RequiresRole(Role.SUPERVISOR)
        public String supervisorThing(@PathParam("site") String site) {
            return "stats of " + site;
        }

        @GET
        @Path("alerts")
        @RequiresRole(Role.SUPERVISOR)
        public String noSite() {
            return "alerts";
        }
    }

    @BeforeEach
    void start() {
        db = TestDatabase.create(TestDatabase.Kind.H2);
        SchemaMigrations.migrate(db.dataSource(), SecurityService.class.getClassLoader(), "security");
        emf = PersistenceUnits.create("security", SecurityService.class.getClassLoader(), db.dataSource());
        security = new SecurityService(emf, Clock.systemUTC(), 1_000);
        Transactions.run(emf, em -> {
            security.createAtSite(em, Actor.SYSTEM, "fang", "王芳", "SITE-A", EnumSet.of(Role.SUPERVISOR), PASSWORD);
            security.grant(em, Actor.SYSTEM, "fang", "SITE-B", EnumSet.of(Role.STAFF));
        });
        HealthResource health = new HealthResource(() -> new HealthResource.Health("UP", ApiApplication.API_VERSION, 0, 1));
        api = new ApplicationHandler(ApiApplication.build(List.of(new Probe()), security, null, null, security, null, health));
    }

    @AfterEach
    void stop() {
        emf.close();
        db.close();
    }

    private ContainerResponse get(String path) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://hall/api/"), URI.create("http://hall/api/" + path), "GET",
                null, new MapPropertiesDelegate(), null);
        request.getHeaders().putSingle("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(("fang:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        request.getHeaders().putSingle("Accept-Language", "en");
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        return api.apply(request).get();
    }

    @Test
    void theRoleMustBeHeldOnTheSiteTheOperationNames_S1() throws Exception {
        assertEquals(200, get("v1/probe/sites/SITE-A/stats").getStatus());
        assertEquals(200, get("v1/probe/sites/SITE-B/queue").getStatus(), "staff at B");
        ContainerResponse atB = get("v1/probe/sites/SITE-B/stats");
        assertEquals(403, atB.getStatus(), "a supervisor of A is only staff at B");
        assertEquals("fang lacks the role Supervisor at site SITE-B, where this operation acts", ((Problem) atB.getEntity()).detail());
        assertEquals(403, get("v1/probe/sites/SITE-C/queue").getStatus(), "nothing at C");
        assertEquals(403, get("v1/probe/sites/site-b/stats").getStatus(), "a lower-case code names the same site");
        assertEquals(200, get("v1/probe/alerts").getStatus(), "no site named: the role held on some site");
    }

    @Test
    void theResourceSeesTheActorAtThatSiteAlone_S1() throws Exception {
        assertEquals("{SITE-B=[STAFF]} supervisor here: false", get("v1/probe/sites/SITE-B/queue").getEntity());
        assertEquals("{SITE-A=[SUPERVISOR]} supervisor here: true", get("v1/probe/sites/SITE-A/queue").getEntity());
    }

    @Test
    void aRefusalIsAudited_S1_S2() throws Exception {
        get("v1/probe/sites/SITE-C/queue");
        List<AuditEntry> refusals = security.history("api", "GET /api/v1/probe/sites/SITE-C/queue");
        assertEquals(1, refusals.size(), security.recent(10).toString());
        assertEquals("fang", refusals.get(0).actor());
        assertEquals("refuse", refusals.get(0).action());
        assertEquals("role STAFF at site SITE-C needed", refusals.get(0).after());
    }
}
