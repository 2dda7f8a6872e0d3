package org.servicehall.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

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
        assertEquals(List.of("org.servicehall.site.internal", "org.servicehall.queue"), RunningHall.unresolvedImports(log));
        assertEquals(List.of(), RunningHall.unresolvedImports("2026-12-02 | INFO | all is well"));
    }
}
