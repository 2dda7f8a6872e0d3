package ${package}.internal;

import org.servicehall.conformance.PluginConformanceTest;
import org.servicehall.conformance.PluginUnderTest;
import org.servicehall.security.Role;

/**
 * The platform's conformance kit, run by mvn verify after the KAR is built: it boots the real
 * distribution, installs this plugin's KAR and checks it as a site would see it. Declare every
 * screen the plugin adds here, with the role it needs. The kit makes the plugin's rules (the
 * priority policy) itself to check their time budgets; give it one whose constructor takes
 * arguments with .rule(new MyRule(…)).
 */
class SectorConformanceIT extends PluginConformanceTest {
    @Override
    protected PluginUnderTest plugin() {
        return PluginUnderTest.sector(Sector.NAME)
                .screen(SectorScreen.PATH, Role.ADMIN, "${sector}-catalogue")
                .build();
    }
}
