package org.servicehall.conduct.internal.discipline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.conduct.DisciplineEvents;
import org.servicehall.conduct.GiftDeclaration;
import org.servicehall.conduct.GiftDeclarationDraft;
import org.servicehall.conduct.GiftStatus;
import org.servicehall.conduct.Gifts;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;
import org.servicehall.site.Staff;

/** C6 the gift register: staff declare for themselves (a supervisor for anyone), a supervisor reviews. */
@Component(service = Gifts.class)
public final class GiftsImpl implements Gifts {
    static final String AUDITED = "GiftDeclaration";

    private final DisciplineContext context;
    private final DisciplineStore store;

    @Activate
    public GiftsImpl(@Reference DisciplineContext context) {
        this.context = context;
        this.store = context.store();
    }

    @Override
    public GiftDeclaration declareGift(Actor actor, long siteId, GiftDeclarationDraft draft) {
        actor.require(Role.STAFF, "declare a gift");
        DisciplineRules.checkGift(draft, LocalDate.now(context.clock(siteId)));
        context.requireAt(actor, Role.STAFF, siteId, "declareGift", "site", siteId);
        Staff staff = context.staff(siteId, draft.staffNumber());
        DisciplineRules.requireSelfOrSupervisor(context.at(actor, siteId), context.staffNumberOf(actor, siteId), staff.staffNumber(),
                "declare a gift");
        GiftDeclarationDraft d = new GiftDeclarationDraft(staff.staffNumber(), draft.item(), draft.estimatedValue(), draft.giver(),
                draft.receivedOn(), draft.circumstances(), draft.handedTo());
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            long id = store.insertGift(c, siteId, d, actor.username(), now);
            GiftDeclaration g = store.gift(c, id);
            context.audit().record(c, actor, "create", AUDITED, id, null, g);
            out.add(DisciplineEvents.GIFT_DECLARED, siteId, id, DisciplineEvents.STAFF_NUMBER, g.staffNumber());
            return g;
        });
    }

    @Override
    public GiftDeclaration reviewGift(Actor actor, long giftId, GiftStatus outcome, String note) {
        actor.require(Role.SUPERVISOR, "review a gift declaration");
        Instant now = context.clock().instant();
        return context.change((c, out) -> {
            GiftDeclaration before = store.gift(c, giftId);
            context.requireAt(actor, Role.SUPERVISOR, before.siteId(), "reviewGift", "gift", giftId); // S1
            DisciplineRules.checkGiftReview(giftId, before.status(), outcome, note);
            if (!store.reviewGift(c, giftId, outcome, actor.username(), now, DisciplineContext.trimmed(note))) {
                throw new Conflict(DisciplineRules.TEXTS.message("discipline.error.giftMeanwhile", giftId));
            }
            GiftDeclaration after = store.gift(c, giftId);
            context.audit().record(c, actor, "review", AUDITED, giftId, before, after);
            out.add(DisciplineEvents.GIFT_REVIEWED, after.siteId(), giftId, DisciplineEvents.STAFF_NUMBER, after.staffNumber(),
                    DisciplineEvents.STATUS, outcome);
            return after;
        });
    }

    @Override
    public List<GiftDeclaration> gifts(Actor actor, long siteId) {
        actor.require(Role.STAFF, "see gift declarations");
        context.requireAt(actor, Role.STAFF, siteId, "seeGifts", "site", siteId);
        if (context.at(actor, siteId).has(Role.SUPERVISOR)) {
            return store.read(c -> store.gifts(c, siteId, null));
        }
        Optional<String> own = context.staffNumberOf(actor, siteId);
        return own.isEmpty() ? List.of() : store.read(c -> store.gifts(c, siteId, own.get()));
    }
}
