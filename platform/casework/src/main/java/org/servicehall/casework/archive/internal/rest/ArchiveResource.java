package org.servicehall.casework.archive.internal.rest;

import java.io.InputStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.Case;
import org.servicehall.casework.CaseReadModel;
import org.servicehall.casework.archive.Archive;
import org.servicehall.casework.archive.ArchiveKind;
import org.servicehall.casework.archive.ArchiveUpload;
import org.servicehall.casework.archive.ArchivedContent;
import org.servicehall.casework.archive.ArchivedFile;
import org.servicehall.casework.archive.Retrieval;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.web.ActorPrincipal;
import org.servicehall.web.ApiResource;
import org.servicehall.web.RequestValues;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/v1/casework/archive}: a completed case's files (T6): upload (the file as the request's
 * body, size-limited and typed by content), the list, a verified and logged read, who read it, and
 * disposal after the retention.
 */
@Component(service = ApiResource.class)
@Path("v1/casework/archive")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "casework")
public final class ArchiveResource implements ApiResource {
    private final Archive archive;
    private final CaseReadModel cases;

    @Activate
    public ArchiveResource(@Reference Archive archive, @Reference CaseReadModel cases) {
        this.archive = archive;
        this.cases = cases;
    }

    @POST
    @Path("cases/{id}")
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/png", "image/jpeg", "image/tiff" })
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Archive a file of a completed case (T6): PDF, PNG, JPEG or TIFF by content, up to the size limit (20 MB by default)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = "string", format = "binary"))),
            responses = @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ArchivedFile.class))))
    public Response upload(@PathParam("id") long caseId, @QueryParam("fileName") String fileName, @QueryParam("kind") String kind,
            @QueryParam("retentionYears") int retentionYears, InputStream body, @Context SecurityContext security) {
        Actor actor = ActorPrincipal.actorOf(security);
        Case c = cases.byId(actor, caseId);
        ArchiveKind k = kind == null || kind.isBlank() ? ArchiveKind.MATERIAL : RequestValues.enumValue(ArchiveKind.class, "kind", kind);
        ArchivedFile f = archive.archive(actor, new ArchiveUpload(c.siteId(), c.id(), k, fileName, retentionYears), body);
        return RequestValues.created(f);
    }

    @GET
    @Path("cases/{id}")
    @RequiresRole(Role.STAFF)
    @Operation(summary = "The archived files of a case (T6)")
    public List<ArchivedFile> files(@PathParam("id") long caseId, @Context SecurityContext security) {
        Case c = cases.byId(ActorPrincipal.actorOf(security), caseId);
        return archive.files(c.siteId(), c.id());
    }

    @GET
    @Path("files/{id}")
    @Produces(MediaType.WILDCARD)
    @RequiresRole(Role.STAFF)
    @Operation(summary = "Read an archived file (T6): its SHA-256 is verified (a tampered file answers 409, not the file) and the read logged",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = "string", format = "binary"))))
    public Response read(@PathParam("id") long fileId, @QueryParam("purpose") String purpose, @Context SecurityContext security) {
        ArchivedContent content = archive.read(ActorPrincipal.actorOf(security), fileId, purpose);
        return RequestValues.attachment(content.data(), content.file().contentType(), "archive-" + fileId);
    }

    @GET
    @Path("files/{id}/retrievals")
    @RequiresRole(Role.SUPERVISOR)
    @Operation(summary = "Who read an archived file, and whether it was served (T6)")
    public List<Retrieval> retrievals(@PathParam("id") long fileId, @Context SecurityContext security) {
        return archive.retrievals(ActorPrincipal.actorOf(security), fileId);
    }

    @POST
    @Path("files/{id}/dispose")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Dispose of a file's content after its retention ended (T6); refused before")
    public ArchivedFile dispose(@PathParam("id") long fileId, @Context SecurityContext security) {
        return archive.dispose(ActorPrincipal.actorOf(security), fileId);
    }
}
