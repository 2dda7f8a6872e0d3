package org.servicehall.complaint.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.DomainEvent;
import org.servicehall.common.NotFound;
import org.servicehall.common.Validator;
import org.servicehall.complaint.ComplaintEvents;
import org.servicehall.complaint.Rectification;
import org.servicehall.complaint.RectificationStatus;
import org.servicehall.complaint.Rectifications;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * P4 on the shared database: the rectification tasks that resolving a confirmed case opened
 * ({@link ComplaintWorkflowImpl}), reported done by their owner or a supervisor and verified by a
 * supervisor, each step a conditional update with its audit entry, its event published after the
 * commit; read as the reader may see them (S3, {@link MaskedViews}).
 */
@Component(service = Rectifications.class)
public final class RectificationsImpl implements Rectifications {
    private final ComplaintParts parts;
    private final ComplaintStore store;

    @Activate
    public RectificationsImpl(@Reference ComplaintParts parts) {
        this.parts = parts;
        this.store = parts.store;
    }

    @Override
    public List<Rectification> rectifications(long siteId, boolean openOnly) {
        return store.read(c -> store.rectifications(c, siteId, openOnly)).stream().map(ComplaintStore.TaskRow::task).toList();
    }

    @Override
    public List<Rectification> rectifications(Actor actor, long siteId, boolean openOnly) {
        parts.requireAt(actor, Role.STAFF, siteId, "complaint.operation.readRectifications", "site", siteId); // S1
        Actor there = parts.at(actor, siteId); // S3: as the actor's roles at this site allow
        return store.read(c -> store.rectifications(c, siteId, openOnly)).stream().map(row -> MaskedViews.of(there, row)).toList();
    }

    private Rectification step(Actor actor, long id, RectificationStatus from, String topic, UnaryOperator<Rectification> change,
            boolean supervisorOnly) {
        ComplaintTexts.require(actor, supervisorOnly ? Role.SUPERVISOR : Role.STAFF,
                supervisorOnly ? "complaint.operation.verifyRectifications" : "complaint.operation.reportRectifications");
        // S1: the role on the task's site
        Rectification task = store.read(c -> store.rectification(c, id))
                .orElseThrow(() -> new NotFound(ComplaintTexts.text("complaint.error.rectification.unknown", id)));
        parts.requireAt(actor, supervisorOnly ? Role.SUPERVISOR : Role.STAFF, task.siteId(),
                supervisorOnly ? "complaint.operation.verifyRectifications" : "complaint.operation.reportRectifications", "rectification", id);
        boolean supervisorThere = actor.hasAt(Role.SUPERVISOR, parts.sites.site(task.siteId()).code());
        List<DomainEvent> out = new ArrayList<>();
        Rectification saved = store.inTransaction(c -> {
            Rectification before = store.rectification(c, id).orElseThrow(() -> new NotFound(ComplaintTexts.text("complaint.error.rectification.unknown", id)));
            if (!supervisorOnly && !supervisorThere && !before.owner().equalsIgnoreCase(actor.username())) {
                throw new AccessDenied(ComplaintTexts.text("complaint.error.rectification.notOwner", actor.username(), before.trackingNumber(),
                        before.owner()));
            }
            if (before.status() != from) {
                throw new Conflict(ComplaintTexts.text("complaint.error.rectification.state", before.trackingNumber(),
                        ComplaintTexts.name("rectification.status", before.status()), ComplaintTexts.name("rectification.status", from)));
            }
            Rectification after = change.apply(before);
            if (!store.updateRectification(c, before, after)) {
                throw new Conflict(ComplaintTexts.text("complaint.error.rectification.raced", before.trackingNumber()));
            }
            parts.audit.record(c, actor, after.status().name().toLowerCase(), "rectification", id, before.status(), after.status());
            out.add(AreaEvents.event(topic, ComplaintEvents.SITE, after.siteId(), ComplaintEvents.COMPLAINT_ID, after.complaintId(),
                    ComplaintEvents.TRACKING_NUMBER, after.trackingNumber(), ComplaintEvents.RECTIFICATION_ID, after.id(),
                    ComplaintEvents.STATUS, after.status().name(), ComplaintEvents.OWNER, after.owner()));
            return after;
        });
        parts.publish(out);
        return saved;
    }

    @Override
    public Rectification completeRectification(Actor actor, long rectificationId, String evidence) {
        new Validator().required("evidence", evidence).maxLength("evidence", evidence, ComplaintRules.MAX_NOTE)
                .citizenText("evidence", evidence, true).throwIfInvalid();
        Instant now = parts.now();
        return step(actor, rectificationId, RectificationStatus.OPEN, ComplaintEvents.RECTIFICATION_DONE,
                r -> r.toBuilder().status(RectificationStatus.DONE).evidence(evidence.strip()).doneAt(now).build(), false);
    }

    @Override
    public Rectification verifyRectification(Actor actor, long rectificationId) {
        Instant now = parts.now();
        return step(actor, rectificationId, RectificationStatus.DONE, ComplaintEvents.RECTIFICATION_VERIFIED,
                r -> r.toBuilder().status(RectificationStatus.VERIFIED).verifiedBy(actor.username()).verifiedAt(now).build(), true);
    }
}
