package org.servicehall.admincenter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.servicehall.casework.archive.FileType;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;

/** AC3: pre-applications on the centre's tables, materials from casework's checklists. */
@Component(service = PreApplications.class, configurationPid = PreApplicationsImpl.PID)
@Designate(ocd = PreApplicationsImpl.Config.class)
public final class PreApplicationsImpl implements PreApplications {
    static final String PID = "org.servicehall.admincenter.preapplications";
    static final int MAX_FILES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Actor CITIZEN = new Actor("citizen", "Citizen (online pre-application)", Set.of());

    @ObjectClassDefinition(name = "ServiceHall admin centre pre-applications", description = "AC3: online pre-application attachments")
    public @interface Config {
        @AttributeDefinition(name = "Largest attachment (MB)", description = "A larger file is refused before it is stored")
        int maxFileMegabytes() default 10;
    }

    private final CentreStore store;
    private final CentreInfo centre;
    private final Checklists checklists;
    private final SiteService sites;
    private final Clock clock;
    private final long maxBytes;

    @Activate
    public PreApplicationsImpl(Config config, @Reference CentreTables tables, @Reference AuditLog audit, @Reference CentreInfo centre,
            @Reference Checklists checklists, @Reference SiteService sites, @Reference Clock clock) {
        this(new CentreStore(tables, audit), centre, checklists, sites, clock, config.maxFileMegabytes() * 1024L * 1024L);
    }

    PreApplicationsImpl(CentreStore store, CentreInfo centre, Checklists checklists, SiteService sites, Clock clock, long maxBytes) {
        this.store = store;
        this.centre = centre;
        this.checklists = checklists;
        this.sites = sites;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Override
    public long maxFileBytes() {
        return maxBytes;
    }

    @Override
    public PreApplication submit(long siteId, PreApplicationDraft d) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        sites.site(siteId);
        if (d == null) {
            throw ValidationException.of("serviceCode", CentreTexts.message("error.field.required", CentreTexts.message("field.serviceCode")));
        }
        try {
            centre.directory().requireItem(d.serviceCode());
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        CentreTexts.required(errors, "applicantName", d.applicantName(), 100);
        CentreTexts.required(errors, "applicantPhone", d.applicantPhone(), 20);
        if (d.applicantPhone() != null && !d.applicantPhone().isBlank() && !d.applicantPhone().strip().matches("1\\d{10}")) {
            errors.add(ValidationException.FieldError.of("applicantPhone", CentreTexts.message("error.phone")));
        }
        CentreTexts.optional(errors, "note", d.note(), 1000);
        CentreTexts.throwIf(errors);
        byte[] token = new byte[15];
        RANDOM.nextBytes(token);
        return store.insert(CITIZEN, new PreApplication(0, siteId, HexFormat.of().formatHex(token), d.serviceCode(), d.applicantName().strip(),
                d.applicantPhone().strip(), CentreTexts.clean(d.note()), PreApplication.Status.SUBMITTED, clock.instant(), null, null, null, null));
    }

    @Override
    public PreApplicationFile attach(String token, String materialCode, String fileName, String declaredType, long declaredSize,
            InputStream content) {
        PreApplication p = byToken(token);
        if (p.status() != PreApplication.Status.SUBMITTED) {
            throw new Conflict(CentreTexts.message("error.preapp.answered", p.id(), CentreTexts.message("preapp.status." + p.status())));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        CentreTexts.required(errors, "file", fileName, 200);
        CentreTexts.throwIf(errors);
        List<ChecklistItem> materials = materials(p.siteId(), p.serviceCode());
        if (materials.stream().noneMatch(m -> m.code().equals(materialCode))) {
            throw ValidationException.of("material", CentreTexts.message("error.preapp.material", materialCode == null ? "-" : materialCode,
                    p.serviceCode(), materials.stream().map(ChecklistItem::code).collect(Collectors.joining(", "))));
        }
        if (store.files(p.id()).size() >= MAX_FILES) {
            throw ValidationException.of("file", CentreTexts.message("error.preapp.tooManyFiles", MAX_FILES));
        }
        Attachments.checkSize(fileName, declaredSize, maxBytes);
        byte[] data = readAtMost(fileName, content);
        FileType kind = Attachments.check(fileName, declaredType, data);
        return store.insertFile(CITIZEN, new PreApplicationFile(0, p.id(), materialCode, fileName.strip(), kind.contentType(), data.length,
                sha256(data), clock.instant()), data);
    }

    private byte[] readAtMost(String fileName, InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw Attachments.tooLarge(fileName, total + drain(in), maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What is left of a stream that is too large, counted not kept (so the message can name the size). */
    private static long drain(InputStream in) throws IOException {
        long skipped = 0;
        byte[] sink = new byte[64 * 1024];
        int n;
        while ((n = in.read(sink)) > 0) {
            skipped += n;
        }
        return skipped;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PreApplication byToken(String token) {
        return (token == null ? Optional.<PreApplication>empty() : store.byToken(token.strip()))
                .orElseThrow(() -> new NotFound(CentreTexts.message("error.preapp.unknown", token == null ? "-" : token)));
    }

    @Override
    public PreApplication byId(Actor actor, long id) {
        actor.require(Role.STAFF, "read a pre-application");
        return store.byId(id).orElseThrow(() -> new NotFound(CentreTexts.message("error.preapp.unknown", id)));
    }

    @Override
    public List<PreApplication> list(Actor actor, long siteId, PreApplication.Status status) {
        actor.require(Role.STAFF, "list pre-applications");
        return store.list(siteId, status, 500);
    }

    @Override
    public List<PreApplicationFile> files(long preappId) {
        return store.files(preappId);
    }

    @Override
    public byte[] content(Actor actor, long preappId, long fileId) {
        actor.require(Role.STAFF, "read a pre-application's file");
        return store.fileData(preappId, fileId).orElseThrow(() -> new NotFound("File", fileId));
    }

    @Override
    public List<ChecklistItem> materials(long siteId, String serviceCode) {
        return checklists.checklist(siteId, serviceCode);
    }

    @Override
    public List<ChecklistItem> missing(PreApplication p, Set<String> present) {
        return materials(p.siteId(), p.serviceCode()).stream().filter(m -> m.requirement() == Requirement.REQUIRED && !present.contains(m.code()))
                .toList();
    }

    @Override
    public PreApplication answerWithNotice(Actor actor, long id, Set<String> present, String note) {
        actor.require(Role.STAFF, "answer a pre-application");
        PreApplication p = waiting(actor, id, note);
        List<ChecklistItem> missing = missing(p, present);
        if (missing.isEmpty()) {
            throw new Conflict(CentreTexts.message("error.preapp.nothingMissing", id));
        }
        return answered(actor, p, PreApplication.Status.NOTICE, missing.stream().map(ChecklistItem::code).collect(Collectors.joining(",")), note);
    }

    @Override
    public PreApplication invite(Actor actor, long id, Set<String> present, String note) {
        actor.require(Role.STAFF, "answer a pre-application");
        PreApplication p = waiting(actor, id, note);
        List<ChecklistItem> missing = missing(p, present);
        if (!missing.isEmpty()) {
            throw new Conflict(CentreTexts.message("error.preapp.missingLeft", id, missing.stream().map(m -> m.name().zh())
                    .collect(Collectors.joining("、"))));
        }
        return answered(actor, p, PreApplication.Status.INVITED, null, note);
    }

    private PreApplication waiting(Actor actor, long id, String note) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        CentreTexts.optional(errors, "note", note, 1000);
        CentreTexts.throwIf(errors);
        PreApplication p = byId(actor, id);
        if (p.status() != PreApplication.Status.SUBMITTED) {
            throw new Conflict(CentreTexts.message("error.preapp.answered", id, CentreTexts.message("preapp.status." + p.status())));
        }
        return p;
    }

    private PreApplication answered(Actor actor, PreApplication p, PreApplication.Status status, String missing, String note) {
        if (!store.answer(actor, p.id(), status, missing, CentreTexts.clean(note), clock.instant())) {
            PreApplication now = store.byId(p.id()).orElseThrow();
            throw new Conflict(CentreTexts.message("error.preapp.answered", p.id(), CentreTexts.message("preapp.status." + now.status())));
        }
        return store.byId(p.id()).orElseThrow();
    }
}
