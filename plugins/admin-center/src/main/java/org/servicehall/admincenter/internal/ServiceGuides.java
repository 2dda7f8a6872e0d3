package org.servicehall.admincenter.internal;

import java.util.List;

import org.servicehall.security.Actor;

/**
 * AC3: the centre's public service guides (服务指南), per site: the shipped text with the site's own
 * wording of any field. Reading is public; changing a field needs an administrator and is audited.
 */
public interface ServiceGuides {
    /** @throws org.servicehall.common.ValidationException for an item the centre does not offer */
    ServiceGuide guide(long siteId, String serviceCode);

    /** The guides of every item of the centre, in catalogue order. */
    List<ServiceGuide> guides(long siteId);

    /** Sets the site's wording of one field (admin); blank English falls back to the Chinese. */
    ServiceGuide setField(Actor actor, long siteId, String serviceCode, String field, String textZh, String textEn);

    /** Goes back to the shipped text of one field (admin). */
    ServiceGuide resetField(Actor actor, long siteId, String serviceCode, String field);
}
