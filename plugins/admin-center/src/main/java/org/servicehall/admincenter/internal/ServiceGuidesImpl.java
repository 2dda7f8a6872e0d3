package org.servicehall.admincenter.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.notice.Checklists;
import org.servicehall.common.ValidationException;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.ServiceCatalogue;

/** AC3 on the centre's table of wording, casework's checklists and the site's catalogue. */
@Component(service = ServiceGuides.class)
public final class ServiceGuidesImpl implements ServiceGuides {
    static final int MAX_TEXT = 2000;
    private final CentreStore store;
    private final CentreInfo centre;
    private final Checklists checklists;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    @Activate
    public ServiceGuidesImpl(@Reference CentreTables tables, @Reference AuditLog audit, @Reference CentreInfo centre,
            @Reference Checklists checklists, @Reference ServiceCatalogue catalogue, @Reference Clock clock) {
        this(new CentreStore(tables, audit), centre, checklists, catalogue, clock);
    }

    ServiceGuidesImpl(CentreStore store, CentreInfo centre, Checklists checklists, ServiceCatalogue catalogue, Clock clock) {
        this.store = store;
        this.centre = centre;
        this.checklists = checklists;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public ServiceGuide guide(long siteId, String serviceCode) {
        CentreDirectory d = centre.directory();
        d.requireItem(serviceCode);
        CatalogueItem item = catalogue.item(serviceCode).orElseThrow(() -> ValidationException.of("serviceCode",
                CentreTexts.message("error.item.notOffered", serviceCode, String.join(", ", d.items()))));
        Map<GuideField, GuideText> fields = new EnumMap<>(GuideField.class);
        fields.putAll(d.shippedGuide(serviceCode));
        Map<GuideField, GuideText> own = store.guideTexts(siteId, serviceCode);
        fields.putAll(own);
        return new ServiceGuide(siteId, serviceCode, item.nameZh(), item.nameEn(), item.timeLimit(), d.responsibleUnit(serviceCode).orElse(null),
                fields, checklists.checklist(siteId, serviceCode), own.keySet());
    }

    @Override
    public List<ServiceGuide> guides(long siteId) {
        List<ServiceGuide> out = new ArrayList<>();
        for (String code : centre.directory().items()) {
            if (catalogue.item(code).isPresent()) {
                out.add(guide(siteId, code));
            }
        }
        return out;
    }

    @Override
    public ServiceGuide setField(Actor actor, long siteId, String serviceCode, String field, String textZh, String textEn) {
        actor.require(Role.ADMIN, "change a service guide");
        centre.directory().requireItem(serviceCode);
        GuideField f = field(field);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        CentreTexts.required(errors, "text", textZh, MAX_TEXT);
        CentreTexts.optional(errors, "textEn", textEn, MAX_TEXT);
        CentreTexts.throwIf(errors);
        store.setGuideText(actor, siteId, serviceCode, f, new GuideText(textZh, textEn), clock.instant());
        return guide(siteId, serviceCode);
    }

    @Override
    public ServiceGuide resetField(Actor actor, long siteId, String serviceCode, String field) {
        actor.require(Role.ADMIN, "change a service guide");
        centre.directory().requireItem(serviceCode);
        store.resetGuideText(actor, siteId, serviceCode, field(field));
        return guide(siteId, serviceCode);
    }

    private static GuideField field(String key) {
        try {
            return GuideField.of(key);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("field", CentreTexts.message("error.guide.field", key == null ? "-" : key,
                    Arrays.stream(GuideField.values()).map(GuideField::key).collect(Collectors.joining(", "))));
        }
    }
}
