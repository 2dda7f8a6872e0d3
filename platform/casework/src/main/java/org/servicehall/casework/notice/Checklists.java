package org.servicehall.casework.notice;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * The materials checklists of service items (T4): what sector plugins ship in
 * {@code HALL-INF/checklists/}, with each site's adjustments, and the staff's tick of what an
 * applicant brought. Changes need {@link org.servicehall.security.Role#ADMIN} (adjustments) or
 * {@link org.servicehall.security.Role#STAFF} (ticks), are audited in the same transaction and name
 * every bad field.
 */
@ProviderType
public interface Checklists {
    /** The site's checklist of a service item, in order: shipped materials the site has not hidden, as the site worded them, and its own. */
    List<ChecklistItem> checklist(long siteId, String serviceCode);

    /** The service items that have a checklist at the site (shipped or the site's own), sorted. */
    List<String> servicesWithChecklists(long siteId);

    /** Sets the site's wording of a material (a shipped one) or adds one of its own (admin). */
    ChecklistItem setSiteItem(Actor actor, long siteId, ChecklistItem item);

    /** Hides a shipped material at the site, or removes one of the site's own (admin). */
    void hideItem(Actor actor, long siteId, String serviceCode, String itemCode);

    /** Goes back to the shipped material: the site's wording or hiding removed (admin). */
    void resetItem(Actor actor, long siteId, String serviceCode, String itemCode);

    /**
     * Records what the applicant brought at the desk (staff): the ticked materials and the
     * conditional ones whose condition applies. An unknown material code is refused naming it.
     *
     * @return the tick with the materials still missing
     */
    MaterialsCheck recordCheck(Actor actor, MaterialsCheckDraft draft);

    /** The ticks of a case, oldest first. */
    List<MaterialsCheck> checks(long siteId, long caseId);
}
