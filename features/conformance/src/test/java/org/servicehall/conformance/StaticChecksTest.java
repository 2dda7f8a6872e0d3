package org.servicehall.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;

/** The conformance kit's checks that need no platform (issue 18): each names the problem for the plugin's author. */
class StaticChecksTest {
    @TempDir
    Path dir;

    private Path jar(Map<String, String> headers, Map<String, String> files) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-SymbolicName", "com.example.radiology;singleton:=true");
        a.putValue("Bundle-Version", "1.0.0");
        headers.forEach(a::putValue);
        Path jar = dir.resolve("plugin-" + System.nanoTime() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                j.putNextEntry(new JarEntry(f.getKey()));
                j.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private PluginArchive bundle(Map<String, String> headers, Map<String, String> files) throws IOException {
        Map<String, String> h = new LinkedHashMap<>(Map.of("Hall-Sector", "radiology"));
        h.putAll(headers);
        return PluginArchive.read(jar(h, files));
    }

    @Test
    void aBundlesExportsAreReadWithTheirVersions() throws IOException {
        Path jar = jar(Map.of("Export-Package", "org.servicehall.site;version=\"2.0.0\";uses:=\"org.servicehall.common,jakarta.ws.rs\","
                + "org.servicehall.site.ui;version=1.0.0,org.servicehall.bare"), Map.of());
        assertEquals(Map.of("org.servicehall.site", "2.0.0", "org.servicehall.site.ui", "1.0.0", "org.servicehall.bare", "0.0.0"),
                PluginArchive.exportedVersions(jar));
        assertEquals(Map.of(), PluginArchive.exportedVersions(dir.resolve("no-such.jar")));
    }

    @Test
    void importsAreReadAsPackageNamesWithCommasInsideQuotesKept() {
        assertEquals(List.of("org.servicehall.web", "org.servicehall.site.internal", "jakarta.ws.rs"),
                PluginArchive.packages("org.servicehall.web;version=\"[1.5,2)\",org.servicehall.site.internal,jakarta.ws.rs;version=\"[3.1,4)\""));
        assertEquals(List.of(), PluginArchive.packages(null));
    }

    @Test
    void aBundleThatExportsAPackageIsToldThatAPluginExportsNothing() throws IOException {
        assertEquals(List.of(), StaticChecks.exportsNothing(bundle(Map.of(), Map.of())));
        List<String> problems = StaticChecks.exportsNothing(bundle(Map.of("Export-Package", "com.example.radiology;version=\"1.0.0\""), Map.of()));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("exports com.example.radiology: a plugin exports nothing"), problems.get(0));
    }

    @Test
    void anImportOfAPlatformInternalPackageIsNamed() throws IOException {
        PluginArchive fine = bundle(Map.of("Import-Package", "org.servicehall.site;version=\"[1.5,2)\",com.example.radiology.internal"), Map.of());
        assertEquals(List.of(), StaticChecks.importsNoPlatformInternal(fine), "the plugin's own internal package is not the platform's");
        PluginArchive broken = bundle(Map.of("Import-Package", "org.servicehall.site;version=\"[1.5,2)\",org.servicehall.site.internal,"
                + "org.servicehall.queue.internal.rest"), Map.of());
        List<String> problems = StaticChecks.importsNoPlatformInternal(broken);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("imports the platform's internal package org.servicehall.site.internal"), problems.get(0));
        assertTrue(problems.get(1).contains("org.servicehall.queue.internal.rest"), problems.get(1));
    }

    @Test
    void theSectorHeaderMustNameTheSector() throws IOException {
        assertEquals(List.of(), StaticChecks.namesItsSector(bundle(Map.of(), Map.of()), "radiology"));
        assertTrue(StaticChecks.namesItsSector(bundle(Map.of(), Map.of()), "dental").get(0).contains("is 'radiology', expected 'dental'"));
    }

    @Test
    void aMalformedHallInfFileIsNamedWithItsLine() throws IOException {
        PluginArchive good = bundle(Map.of(), Map.of("HALL-INF/catalogue/radiology.properties", "RAD-CT.name = CT\nRAD-CT.prefix = K\n"));
        assertEquals(List.of(), StaticChecks.hallInfFilesRead(good));
        PluginArchive broken = bundle(Map.of(), Map.of(
                "HALL-INF/catalogue/radiology.properties", "RAD-CT.name = CT\nRAD-CT.prefix K\nRAD-CT.name = again\n",
                "HALL-INF/conduct/radiology.txt", "rule",
                "HALL-INF/i18n/radiology_zh-CN.properties", "a = b\n",
                "HALL-INF/radiology/own.data", "the plugin's own folder is its own business"));
        List<String> problems = StaticChecks.hallInfFilesRead(broken);
        assertEquals(4, problems.size(), problems.toString());
        String all = String.join("\n", problems);
        assertTrue(all.contains("HALL-INF/catalogue/radiology.properties line 2"), all);
        assertTrue(all.contains("HALL-INF/catalogue/radiology.properties line 3"), all);
        assertTrue(all.contains("HALL-INF/conduct/radiology.txt is not a .properties file"), all);
        assertTrue(all.contains("HALL-INF/i18n/radiology_zh-CN.properties is not named"), all);
    }

    @Test
    void aKeyWithoutItsChineseOrEnglishTextIsNamed() throws IOException {
        Map<String, String> files = Map.of(
                "HALL-INF/i18n/radiology.properties", "sector.radiology = Radiology\nradiology.title = Radiology\nradiology.only.en = x\n",
                "HALL-INF/i18n/radiology_zh_CN.properties", "sector.radiology = 放射科\nradiology.title = 放射科\nradiology.only.zh = 仅中文\n");
        List<String> problems = StaticChecks.translationsComplete(bundle(Map.of(), files), null);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("the key radiology.only.en has an English text but no Chinese one"), problems.get(0));
        assertTrue(problems.get(1).contains("the key radiology.only.zh has a Chinese text but no English one"), problems.get(1));
    }

    @Test
    void aKeyTheCodeReadsWithoutTextsAndAMissingFileAreNamed() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/main/java/com/example"));
        Files.writeString(sources.resolve("RadiologyView.java"), "add(new H2(getTranslation(\"radiology.title\")), "
                + "new Paragraph(getTranslation(\"radiology.intro\")));\nnew ViewInfo(\"radiology/x\", \"radiology.menu\", \"FILE\", null);");
        Map<String, String> files = Map.of("HALL-INF/i18n/radiology.properties", "sector.radiology = Radiology\nradiology.title = Radiology\n");
        List<String> problems = StaticChecks.translationsComplete(bundle(Map.of(), files), dir.resolve("src/main/java"));
        String all = String.join("\n", problems);
        assertTrue(all.contains("HALL-INF/i18n/radiology.properties has no Chinese file HALL-INF/i18n/radiology_zh_CN.properties"), all);
        assertTrue(all.contains("the key sector.radiology (the name of the sector's menu group) needs an English and a Chinese text"), all);
        assertTrue(all.contains("the key radiology.intro read in RadiologyView.java has no English and no Chinese text"), all);
        assertTrue(all.contains("the key radiology.menu read in RadiologyView.java has no English and no Chinese text"), all);
        assertTrue(all.contains("the key radiology.title read in RadiologyView.java has no Chinese text"), all);
    }

    @jakarta.ws.rs.Path("v1/radiology/")
    public static final class Resource {
        @GET
        public String list() {
            return "";
        }

        @POST
        @jakarta.ws.rs.Path("sites/{site: [A-Z]+}/items")
        public String adopt(@PathParam("site") String site) {
            return site;
        }

        public String notAnOperation() {
            return "";
        }
    }

    @Test
    void theRestPathsAreTheClassPathJoinedWithEachOperationsPath() {
        PluginArchive bundle = new PluginArchive(dir, "x", "1", "radiology", List.of(), List.of(),
                List.of(Resource.class.getName(), "com.example.Missing"), Map.of());
        assertEquals(Set.of("/v1/radiology", "/v1/radiology/sites/{site}/items"), StaticChecks.restPaths(bundle, getClass().getClassLoader()));
    }
}
