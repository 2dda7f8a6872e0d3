package org.servicehall.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.common.HallException;
import org.servicehall.common.PluginSource;
import org.servicehall.site.CatalogueItem;

/** The catalogue as plugins feed it through their {@code HALL-INF/catalogue/} folder. */
class ServiceCatalogueImplTest {
    private static final PluginSource TAX = new PluginSource(41, "org.servicehall.sector.taxhall", "1.0.0", "tax-hall");
    private static final PluginSource HOSPITAL = new PluginSource(42, "org.servicehall.sector.hospital", "1.0.0", "hospital");

    @TempDir
    Path dir;

    private URL file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toUri().toURL();
    }

    @Test
    void pluginsFilesAreReadMergedAndWithdrawnWithListenersTold_T1() throws Exception {
        ServiceCatalogueImpl catalogue = new ServiceCatalogueImpl();
        assertEquals("catalogue", catalogue.folder());
        AtomicInteger changes = new AtomicInteger();
        AutoCloseable subscription = catalogue.onChange(changes::incrementAndGet);
        catalogue.onChange(() -> {
            throw new IllegalStateException("a broken listener does not stop the others");
        });

        catalogue.added(TAX, List.of(
                file("registration.properties", """
                        TX-REG-SETUP.name = Tax registration: set-up
                        TX-REG-SETUP.name.zh = 税务登记（设立）
                        TX-REG-SETUP.prefix = T
                        TX-REG-SETUP.timeLimit = LEGAL:10
                        """),
                file("vat.properties", """
                        TX-VAT-GENERAL.name = VAT general-taxpayer recognition
                        TX-VAT-GENERAL.prefix = V
                        TX-VAT-GENERAL.timeLimit = LEGAL:22
                        """)));
        catalogue.added(HOSPITAL, List.of(file("hospital.properties", """
                H-REG.name = Registration
                H-REG.name.zh = 挂号
                H-REG.prefix = R
                H-REG.timeLimit = ON_THE_SPOT
                """)));
        assertEquals(2, changes.get());
        assertEquals(Set.of("hospital", "tax-hall"), catalogue.sectors());
        assertEquals(List.of("TX-REG-SETUP", "TX-VAT-GENERAL"), catalogue.items("tax-hall").stream().map(CatalogueItem::code).toList());
        assertEquals(3, catalogue.items().size());
        assertEquals("税务登记（设立）", catalogue.item("TX-REG-SETUP").orElseThrow().nameZh(), "read as UTF-8");

        catalogue.removed(TAX);
        assertEquals(3, changes.get());
        assertEquals(Set.of("hospital"), catalogue.sectors());
        assertTrue(catalogue.item("TX-REG-SETUP").isEmpty());
        assertTrue(catalogue.items("tax-hall").isEmpty());
        catalogue.removed(TAX);
        assertEquals(3, changes.get(), "nothing withdrawn, nobody told");

        subscription.close();
        catalogue.removed(HOSPITAL);
        assertEquals(3, changes.get(), "a closed subscription hears nothing");
        assertTrue(catalogue.sectors().isEmpty());
    }

    @Test
    void aBadFileIsRefusedNamingPluginFileAndKeyAndNothingIsTaken() throws Exception {
        ServiceCatalogueImpl catalogue = new ServiceCatalogueImpl();
        URL good = file("good.properties", "TX-A.name = a\nTX-A.prefix = A\nTX-A.timeLimit = SAME_DAY\n");
        URL bad = file("bad.properties", "TX-B.name = b\nTX-B.timeLimit = SAME_DAY\n");
        HallException e = assertThrows(HallException.class, () -> catalogue.added(TAX, List.of(good, bad)));
        assertTrue(e.getMessage().contains("org.servicehall.sector.taxhall 1.0.0"), e.getMessage());
        assertTrue(e.getMessage().contains("HALL-INF/catalogue/bad.properties"), e.getMessage());
        assertTrue(e.getMessage().contains("TX-B.prefix is missing"), e.getMessage());
        assertTrue(catalogue.items().isEmpty());
        assertTrue(catalogue.sectors().isEmpty());
    }

    @Test
    void aFileThatIsNotPropertiesIsRefused() throws Exception {
        ServiceCatalogueImpl catalogue = new ServiceCatalogueImpl();
        URL yaml = file("items.yaml", "TX-A: {}\n");
        HallException e = assertThrows(HallException.class, () -> catalogue.added(TAX, List.of(yaml)));
        assertTrue(e.getMessage().contains("HALL-INF/catalogue/items.yaml"), e.getMessage());
    }

    @Test
    void aPluginClashingWithAnotherIsRefusedAndTheFirstKeepsItsItems() throws Exception {
        ServiceCatalogueImpl catalogue = new ServiceCatalogueImpl();
        catalogue.added(TAX, List.of(file("tax.properties", "TX-A.name = a\nTX-A.prefix = A\nTX-A.timeLimit = SAME_DAY\n")));
        PluginSource copy = new PluginSource(50, "com.example.copycat", "0.9.0", "admin-center");
        HallException e = assertThrows(HallException.class, () -> catalogue.added(copy,
                List.of(file("copy.properties", "TX-A.name = a\nTX-A.prefix = A\nTX-A.timeLimit = SAME_DAY\n"))));
        assertTrue(e.getMessage().contains("com.example.copycat 0.9.0"), e.getMessage());
        assertTrue(e.getMessage().contains("org.servicehall.sector.taxhall 1.0.0"), e.getMessage());
        assertEquals(TAX, catalogue.item("TX-A").orElseThrow().source());
        assertEquals(Set.of("tax-hall"), catalogue.sectors());
    }
}
