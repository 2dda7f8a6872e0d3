package org.servicehall.complaint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.common.HallException;
import org.servicehall.common.PluginSource;
import org.servicehall.complaint.ComplaintCategory;

/** P3: plugins' complaint categories through the platform's HALL-INF reader and contribution registry. */
class CategoryFilesTest {
    private static final PluginSource HOSPITAL = new PluginSource(17, "org.servicehall.sector.hospital", "1.0.0", "hospital");

    @TempDir
    Path dir;

    private URL file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toUri().toURL();
    }

    @Test
    void everyProblemOfACategoryFileIsNamedNotOnlyTheFirst_P3() {
        String text = "category.A.order = 1\ncategory.B.name = 乙\ncategory.B.order = soon\nno separator\ncategory.C.name = 丙\n";
        HallException e = assertThrows(HallException.class,
                () -> CategoryFiles.read("h.properties", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x"));
        assertEquals("h.properties line 4: 'no separator' is not 'key = value'; "
                + "h.properties: key 'category.A.name' is missing or empty; "
                + "h.properties: key 'category.B.order': 'soon' is not a whole number", e.getMessage());
    }

    @Test
    void theHandlerReadsAPluginsPropertiesFilesPassesOverOthersAndWithdrawsThem_P3() throws IOException {
        CategoryHandler handler = new CategoryHandler();
        int core = handler.registry().all().size();
        handler.added(HOSPITAL, List.of(file("hospital.properties", "category.H-BILLING.name = 收费争议\ncategory.H-BILLING.name.en = Billing\n"
                + "category.H-BILLING.order = 110\n"), file("README.txt", "not categories")));
        ComplaintCategory billing = handler.registry().all().stream().filter(c -> c.code().equals("H-BILLING")).findFirst().orElseThrow();
        assertEquals(new ComplaintCategory("H-BILLING", "收费争议", "Billing", "hospital", 110), billing);
        assertEquals(core + 1, handler.registry().all().size());
        assertEquals("OTHER", handler.registry().all().get(core).code(), "其他 stays last");
        handler.removed(HOSPITAL);
        assertEquals(core, handler.registry().all().size());
        assertFalse(handler.registry().remove(HOSPITAL.bundleId()));
    }

    @Test
    void aPluginTakingACoreCodeIsRefusedNamingItsFiles_P3() throws IOException {
        CategoryHandler handler = new CategoryHandler();
        HallException e = assertThrows(HallException.class,
                () -> handler.added(HOSPITAL, List.of(file("hospital.properties", "category.ATTITUDE.name = 态度\n"))));
        assertEquals("org.servicehall.sector.hospital 1.0.0: HALL-INF/complaint: key 'category.ATTITUDE.name': "
                + "the category ATTITUDE is already offered by another file", e.getMessage());
        HallException bad = assertThrows(HallException.class,
                () -> handler.added(HOSPITAL, List.of(file("bad.properties", "category.h.name = x\n"))));
        assertTrue(bad.getMessage().startsWith("org.servicehall.sector.hospital 1.0.0: HALL-INF/complaint/bad.properties: "
                + "key 'category.h.name' is not category.<CODE>"), bad.getMessage());
        assertTrue(handler.registry().all().stream().noneMatch(c -> c.sector().equals("hospital")));
    }
}
