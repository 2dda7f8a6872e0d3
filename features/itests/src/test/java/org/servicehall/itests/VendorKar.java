package org.servicehall.itests;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A vendor's sector plugin as it reaches a site: a KAR archive holding a bundle (with a
 * {@code HALL-INF/} catalogue) and the feature {@code servicehall-<sector>} that installs it.
 */
final class VendorKar {
    private VendorKar() {
    }

    /** A plugin bundle: an optional activator class (taken from the test classes) and an optional catalogue. */
    static byte[] bundle(String symbolicName, String version, String sector, String activator, String catalogue) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
        a.putValue("Hall-Sector", sector);
        if (activator != null) {
            a.putValue("Bundle-Activator", activator);
            a.putValue("Import-Package", "org.osgi.framework");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, mf)) {
            if (activator != null) {
                String path = activator.replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(path));
                try (var in = VendorKar.class.getClassLoader().getResourceAsStream(path)) {
                    jar.write(in.readAllBytes());
                }
            }
            if (catalogue != null) {
                jar.putNextEntry(new JarEntry("HALL-INF/"));
                jar.putNextEntry(new JarEntry("HALL-INF/catalogue/"));
                jar.putNextEntry(new JarEntry("HALL-INF/catalogue/items.properties"));
                jar.write(catalogue.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** The radiology sector of "Example Ltd" in the given version, as a KAR file. */
    static File radiology(String version) throws IOException {
        String catalogue = "RAD-CT.name = CT scan registration (v" + version + ")\nRAD-CT.name.zh = CT检查登记\nRAD-CT.prefix = K\n"
                + "RAD-CT.timeLimit = SAME_DAY\n";
        byte[] bundle = bundle("com.example.radiology", version, "radiology", null, catalogue);
        String features = "<features name='radiology-" + version + "' xmlns='http://karaf.apache.org/xmlns/features/v1.6.0'>"
                + "<feature name='servicehall-radiology' version='" + version + "' description='Radiology by Example Ltd' install='auto'>"
                + "<feature>servicehall-platform</feature>"
                + "<bundle>mvn:com.example/radiology/" + version + "</bundle></feature></features>";
        File kar = File.createTempFile("radiology-" + version + "-", ".kar");
        kar.deleteOnExit();
        String dir = "repository/com/example/radiology/" + version + "/";
        try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(kar))) {
            zip.putNextEntry(new ZipEntry(dir + "radiology-" + version + ".jar"));
            zip.write(bundle);
            zip.putNextEntry(new ZipEntry(dir + "radiology-" + version + "-features.xml"));
            zip.write(features.getBytes(StandardCharsets.UTF_8));
        }
        return kar;
    }
}
