package org.servicehall.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the kit reads from Karaf's log when a plugin does not resolve (issue 18). */
class RunningHallTest {
    @Test
    void thePackagesNoBundleExportsAreReadFromTheResolversReason() {
        String log = "2026-12-02T14:58:01,010 | ERROR | fileinstall | KarArtifactInstaller | Unable to install Kar feature servicehall-optics/1.0.0\n"
                + "org.apache.felix.resolver.reason.ReasonException: Unable to resolve root: missing requirement [root] osgi.identity; "
                + "osgi.identity=servicehall-optics; type=karaf.feature [caused by: Unable to resolve com.example.optics/1.0.0: missing "
                + "requirement [com.example.optics/1.0.0] osgi.wiring.package; filter:=\"(osgi.wiring.package=org.servicehall.site.internal)\"]\n"
                + "Caused by: … missing requirement [com.example.optics/1.0.0] osgi.wiring.package; filter:=\"(osgi.wiring.package=org.servicehall.site.internal)\"]\n"
                + "… missing requirement [x/1] osgi.wiring.package; filter:=\"(&(osgi.wiring.package=org.servicehall.queue)(version>=9.0.0))\"\n";
        assertEquals(List.of(new RunningHall.Unresolved("org.servicehall.site.internal", null, null),
                new RunningHall.Unresolved("org.servicehall.queue", "9.0.0", null)), RunningHall.unresolvedImports(log));
        assertEquals(List.of(), RunningHall.unresolvedImports("2026-12-02 | INFO | all is well"));
    }

    /** Jersey's warning about a plugin's resource class names the plugin but is no failed install; Karaf's "Unable to install" is. */
    @Test
    void anInstallFailsOnKarafsUnableToInstallOrAnErrorNotOnAnyWarning() {
        String log = "2026-12-03T06:33:10,101 | WARN  | servicehall-api-rebuild | Providers | A provider com.example.dental.internal.SectorResource "
                + "registered in SERVER runtime does not implement any provider interfaces applicable in the SERVER runtime.\n"
                + "2026-12-03T06:44:10,749 | WARN  | fileinstall | KarServiceImpl | 56 - org.apache.karaf.kar.core - 4.4.10 | Unable to install Kar"
                + " feature servicehall-optics/1.0.0\n"
                + "2026-12-03T06:44:11,202 | ERROR | fileinstall | SomeBundle | com.example.signage failed to start\n";
        List<String> dental = List.of("com.example.dental", "servicehall-dental");
        assertEquals(List.of(), RunningHall.logged(log, dental, true));
        assertEquals(List.of("A provider com.example.dental.internal.SectorResource registered in SERVER runtime does not implement any "
                + "provider interfaces applicable in the SERVER runtime."), RunningHall.logged(log, dental, false));
        assertEquals(List.of("Unable to install Kar feature servicehall-optics/1.0.0"), RunningHall.logged(log, List.of("servicehall-optics"), true));
        assertEquals(List.of("com.example.signage failed to start"), RunningHall.logged(log, List.of("com.example.signage"), true));
    }

    /** A plugin built for site API 1.5 on a platform whose site API is 2.0 (or 1.4): the kit says which and what to do. */
    @Test
    void anImportOutsideThePlatformsVersionNamesBothVersionsAndWhatToDo() {
        String log = "missing requirement [com.example.dental/1.0.0] osgi.wiring.package; filter:=\"(&(osgi.wiring.package=org.servicehall.site)"
                + "(version>=1.5.0)(!(version>=2.0.0)))\"]";
        RunningHall.Unresolved site = RunningHall.unresolvedImports(log).get(0);
        assertEquals(new RunningHall.Unresolved("org.servicehall.site", "1.5.0", "2.0.0"), site);
        assertEquals("the bundle does not resolve: it imports org.servicehall.site in versions [1.5.0,2.0.0) and the platform exports it in"
                + " version 2.0.0 (servicehall-site-0.1.0-SNAPSHOT.jar): a new major version: the package changed incompatibly since the"
                + " plugin was built, so this platform refuses it; rebuild the plugin against this platform (its servicehall-bom) and adapt"
                + " it to the change (docs/plugins.md, section 6)",
                PluginConformanceTest.unresolved(site, Map.of("servicehall-site-0.1.0-SNAPSHOT.jar", "2.0.0")));
        assertEquals(true, PluginConformanceTest.unresolved(site, Map.of("servicehall-site-0.1.0-SNAPSHOT.jar", "1.4.0"))
                .contains("version 1.4.0 (servicehall-site-0.1.0-SNAPSHOT.jar): the platform is older than the one the plugin was built against"));
        assertEquals("the bundle does not resolve: no bundle of the platform exports the package org.servicehall.site that it imports",
                PluginConformanceTest.unresolved(site, Map.of()));
    }
}
