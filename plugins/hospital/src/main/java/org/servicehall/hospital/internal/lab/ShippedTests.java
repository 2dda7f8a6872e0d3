package org.servicehall.hospital.internal.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The test items the plugin ships, {@code HALL-INF/hospital/lab-tests.properties}: {@code <code> = name | class}. Plain Java. */
public final class ShippedTests {
    public static final String FILE = "HALL-INF/hospital/lab-tests.properties";

    private ShippedTests() {
    }

    public static List<LabTest> load(ClassLoader loader) {
        URL url = loader.getResource(FILE);
        if (url == null) {
            throw new IllegalStateException(FILE + " is missing from the hospital plugin");
        }
        try (InputStream in = url.openStream()) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " could not be read: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming the code whose line is not two fields or whose class is not declared */
    public static List<LabTest> read(Reader reader) throws IOException {
        Set<String> classes = TatClass.DECLARED.stream().map(TatClass::code).collect(Collectors.toSet());
        Properties p = new Properties();
        p.load(reader);
        List<LabTest> out = new ArrayList<>();
        for (String code : new TreeSet<>(p.stringPropertyNames())) {
            String[] f = p.getProperty(code).split("\\|", -1);
            if (f.length != 2 || !classes.contains(f[1].strip())) {
                throw new IllegalArgumentException(FILE + ": test " + code + " needs 'name | class', the class one of " + classes);
            }
            out.add(new LabTest(code.strip(), f[0].strip(), f[1].strip()));
        }
        return out;
    }
}
