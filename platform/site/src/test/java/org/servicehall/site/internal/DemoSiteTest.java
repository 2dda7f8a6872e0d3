package org.servicehall.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The demo hall's windows (Q5, issue 12): every service of the sectors it shows is served by some window. */
class DemoSiteTest {
    /** The sector plugins' catalogues, read from their sources beside this module. */
    private static final Path PLUGINS = Path.of("..", "..", "plugins");

    private static Set<String> codes(String plugin) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (var files = Files.list(PLUGINS.resolve(plugin).resolve("src/main/resources/HALL-INF/catalogue"))) {
            for (Path file : files.toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.stringPropertyNames().stream().filter(k -> k.endsWith(".name")).map(k -> k.substring(0, k.length() - ".name".length()))
                        .forEach(codes::add);
            }
        }
        return codes;
    }

    @Test
    void everyHospitalServiceOfTheDemoHallHasAWindow_Q5() throws IOException {
        Set<String> hospital = codes("hospital");
        assertTrue(hospital.contains("H-GUIDE"), "the hospital catalogue as read: " + hospital);
        Set<String> served = new TreeSet<>();
        for (DemoSite.DemoWindow w : DemoSite.WINDOWS) {
            if (w.sector().equals("hospital")) {
                served.addAll(w.codes().isEmpty() ? hospital : w.codes());
            }
        }
        assertEquals(hospital, served, "a service without a window is offered at the kiosk and never called");
    }

    @Test
    void everyDemoWindowHasItsStaffMember_A4() {
        assertEquals(DemoSite.WINDOWS.size(), DemoSite.DEMO_STAFF.size(), "one demo staff member per window");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), DemoSite.WINDOWS.stream().map(DemoSite.DemoWindow::number).toList());
    }
}
