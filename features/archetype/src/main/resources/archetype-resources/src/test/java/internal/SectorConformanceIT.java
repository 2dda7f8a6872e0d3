package ${package}.internal;

import org.servicehall.conformance.PluginConformanceTest;
import org.servicehall.conformance.PluginUnderTest;
import org.servicehall.security.Role;

/**
 * The platform's conformance kit, run by mvn verify after the KAR is built: it boots the real
 * distribution, installs this plugin's KAR and checks it as a site would see it. Declare every
 * screen the plugin adds here.
 */
class SectorConformanceIT extends PluginConformanceTest {
    @Override
    protected PluginUnderTest plugin() {
        return PluginUnderTest.sector(Sector.NAME)
                .screen(SectorScreen.PATH, Role.ADMIN, "${sector}-catalogue")
                .build();
    }
}
