package org.servicehall.casework.seal.internal.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.casework.seal.SealRegister;
import org.servicehall.security.IdentityChecks;
import org.servicehall.security.Role;
import org.servicehall.site.SiteService;
import org.servicehall.web.Screen;
import org.servicehall.web.ViewContribution;
import org.servicehall.web.ViewInfo;

/** T6: the seal register screen. */
@Component(service = ViewContribution.class)
public final class SealScreens extends Screen {
    @Activate
    public SealScreens(@Reference SealRegister register, @Reference SiteService sites, @Reference IdentityChecks identity) {
        super(new ViewInfo("casework/seals", "casework.records.menu.seals", "FILE_TEXT", Role.STAFF, "core", 183), SealRegisterView.class,
                () -> new SealRegisterView(register, sites, identity));
    }
}
