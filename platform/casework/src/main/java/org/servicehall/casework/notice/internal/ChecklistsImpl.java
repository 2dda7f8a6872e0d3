package org.servicehall.casework.notice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.casework.notice.MaterialsCheck;
import org.servicehall.casework.notice.MaterialsCheckDraft;
import org.servicehall.casework.notice.Requirement;
import org.servicehall.casework.notice.Wording;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Actor;
import org.servicehall.security.Role;

/**
 * T4 on the shared database: the shipped checklists with each site's adjustments, and the desk's
 * ticks. Every change is saved with its audit entry or not at all.
 */
@Component(service = Checklists.class)
public final class ChecklistsImpl implements Checklists {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,39}");
    private final NoticeParts parts;

    @Activate
    public ChecklistsImpl(@Reference NoticeParts parts) {
        this.parts = parts;
    }

    @Override
    public List<ChecklistItem> checklist(long siteId, String serviceCode) {
        parts.sites.site(siteId);
        List<NoticeStore.Adjustment> adjustments = parts.store.read(c -> parts.store.adjustments(c, siteId, serviceCode));
        return merge(parts.shipped.shipped(serviceCode), adjustments);
    }

    static List<ChecklistItem> merge(List<ChecklistItem> shipped, List<NoticeStore.Adjustment> adjustments) {
        Map<String, ChecklistItem> byCode = new LinkedHashMap<>();
        shipped.forEach(i -> byCode.put(i.code(), i));
        for (NoticeStore.Adjustment a : adjustments) {
            if (a.hidden()) {
                byCode.remove(a.code());
            } else {
                ChecklistItem original = byCode.get(a.code());
                byCode.put(a.code(), original == null ? a.item() : a.item().withSource("site (" + original.source() + ")"));
            }
        }
        List<ChecklistItem> out = new ArrayList<>(byCode.values());
        out.sort(ChecklistHandler.ORDER);
        return out;
    }

    @Override
    public List<String> servicesWithChecklists(long siteId) {
        TreeSet<String> codes = new TreeSet<>();
        parts.shipped.all().forEach(i -> codes.add(i.serviceCode()));
        parts.store.read(c -> parts.store.adjustments(c, siteId, null)).stream().filter(a -> !a.hidden())
                .forEach(a -> codes.add(a.serviceCode()));
        return List.copyOf(codes);
    }

    @Override
    public ChecklistItem setSiteItem(Actor actor, long siteId, ChecklistItem item) {
        actor.require(Role.ADMIN, "adjust a checklist");
        parts.sites.site(siteId);
        ChecklistItem checked = check(item);
        return parts.store.inTransaction(c -> {
            parts.store.putAdjustment(c, siteId, checked.serviceCode(), checked.code(), checked, actor.username(), parts.now());
            parts.audit.record(c, actor, "set", "checklist-item", siteId + "/" + checked.key(), null, checked.name().zh());
            return checked.withSource("site");
        });
    }

    @Override
    public void hideItem(Actor actor, long siteId, String serviceCode, String itemCode) {
        actor.require(Role.ADMIN, "adjust a checklist");
        parts.sites.site(siteId);
        boolean isShipped = parts.shipped.shipped(serviceCode).stream().anyMatch(i -> i.code().equals(itemCode));
        parts.store.inTransaction(c -> {
            if (isShipped) {
                parts.store.putAdjustment(c, siteId, serviceCode, itemCode, null, actor.username(), parts.now());
            } else if (!parts.store.deleteAdjustment(c, siteId, serviceCode, itemCode)) {
                throw new NotFound(NoticeRules.TEXTS.message("error.checklist.noItem", serviceCode + "/" + itemCode));
            }
            parts.audit.record(c, actor, "hide", "checklist-item", siteId + "/" + serviceCode + "/" + itemCode, null, null);
            return null;
        });
    }

    @Override
    public void resetItem(Actor actor, long siteId, String serviceCode, String itemCode) {
        actor.require(Role.ADMIN, "adjust a checklist");
        parts.sites.site(siteId);
        parts.store.inTransaction(c -> {
            if (!parts.store.deleteAdjustment(c, siteId, serviceCode, itemCode)) {
                throw new NotFound(NoticeRules.TEXTS.message("error.checklist.noItem", serviceCode + "/" + itemCode));
            }
            parts.audit.record(c, actor, "reset", "checklist-item", siteId + "/" + serviceCode + "/" + itemCode, null, null);
            return null;
        });
    }

    @Override
    public MaterialsCheck recordCheck(Actor actor, MaterialsCheckDraft draft) {
        actor.require(Role.STAFF, "tick the materials brought");
        if (draft == null || draft.serviceCode() == null || draft.serviceCode().isBlank()) {
            throw ValidationException.of("serviceCode", NoticeRules.TEXTS.message("error.field.required"));
        }
        List<ChecklistItem> checklist = checklist(draft.siteId(), draft.serviceCode());
        NoticeRules.checkTick(checklist, draft);
        List<String> missing = NoticeRules.missing(checklist, draft.brought(), draft.applicable()).stream().map(ChecklistItem::code).toList();
        MaterialsCheck check = new MaterialsCheck(0, draft.siteId(), draft.caseId(), draft.visit(), draft.serviceCode(), draft.brought(),
                draft.applicable(), missing, actor.username(), parts.now());
        return parts.store.inTransaction(c -> {
            MaterialsCheck saved = parts.store.insertCheck(c, check);
            parts.audit.record(c, actor, "tick", "materials-check", saved.id(), null,
                    "case " + saved.caseId() + " visit " + saved.visit() + " missing " + saved.missing());
            return saved;
        });
    }

    @Override
    public List<MaterialsCheck> checks(long siteId, long caseId) {
        return parts.store.read(c -> parts.store.checks(c, siteId, caseId));
    }

    /** A site's material: codes, a name, a condition for a conditional one, sensible copies and lengths; names every bad field. */
    static ChecklistItem check(ChecklistItem item) {
        if (item == null) {
            throw ValidationException.of("item", NoticeRules.TEXTS.message("error.field.required"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (item.serviceCode() == null || !CODE.matcher(item.serviceCode()).matches()) {
            errors.add(ValidationException.FieldError.of("serviceCode", NoticeRules.TEXTS.message("error.field.code")));
        }
        if (item.code() == null || !CODE.matcher(item.code()).matches()) {
            errors.add(ValidationException.FieldError.of("code", NoticeRules.TEXTS.message("error.field.code")));
        }
        if (item.name().isEmpty()) {
            errors.add(ValidationException.FieldError.of("name", NoticeRules.TEXTS.message("error.field.required")));
        }
        if (item.requirement() == Requirement.CONDITIONAL && item.condition().isEmpty()) {
            errors.add(ValidationException.FieldError.of("condition", NoticeRules.TEXTS.message("error.field.condition")));
        }
        if (item.copies() < 0 || item.copies() > 20) {
            errors.add(ValidationException.FieldError.of("copies", NoticeRules.TEXTS.message("error.field.copies")));
        }
        length(errors, "name", item.name(), 200);
        length(errors, "condition", item.condition(), 500);
        length(errors, "form", item.form(), 500);
        length(errors, "legalBasis", item.legalBasis(), 500);
        length(errors, "where", item.where(), 200);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return item;
    }

    private static void length(List<ValidationException.FieldError> errors, String field, Wording w, int max) {
        if (w.zh().length() > max || w.en().length() > max) {
            errors.add(ValidationException.FieldError.of(field, NoticeRules.TEXTS.message("error.field.tooLong", max)));
        }
    }
}
