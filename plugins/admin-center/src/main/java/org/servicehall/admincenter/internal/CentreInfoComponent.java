package org.servicehall.admincenter.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The centre's directory from the files the plugin ships, with the site's own list of back-office
 * units from {@code etc/org.servicehall.admincenter.units.cfg} when it gives one (AC1).
 */
@Component(service = CentreInfo.class, configurationPid = CentreInfoComponent.PID)
@Designate(ocd = CentreInfoComponent.Config.class)
public final class CentreInfoComponent implements CentreInfo {
    static final String PID = "org.servicehall.admincenter.units";

    @ObjectClassDefinition(name = "ServiceHall admin centre units", description = "AC1: the centre's back-office units (进驻部门)")
    public @interface Config {
        @AttributeDefinition(name = "Units", description = "CODE=中文名|English name, one per entry; empty for the shipped list")
        String[] units() default {};
    }

    private volatile CentreDirectory directory;

    @Activate
    public CentreInfoComponent(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        directory = CentreDirectory.shipped(CentreInfoComponent.class.getClassLoader(), CentreFiles.configuredUnits(config.units()));
    }

    @Override
    public CentreDirectory directory() {
        return directory;
    }
}
