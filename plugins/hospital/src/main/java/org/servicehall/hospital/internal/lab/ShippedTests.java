package org.servicehall.hospital.internal.lab;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.hospital.internal.ShippedTable;

/** The test items the plugin ships, {@code HALL-INF/hospital/lab-tests.properties}: {@code <code> = name | class}. Plain Java. */
public final class ShippedTests {
    public static final String FILE = "HALL-INF/hospital/lab-tests.properties";
    private static final Set<String> CLASSES = TatClass.DECLARED.stream().map(TatClass::code).collect(Collectors.toSet());

    private ShippedTests() {
    }

    public static List<LabTest> load(ClassLoader loader) {
        return ShippedTable.load(loader, FILE, ShippedTests::test);
    }

    /** @throws IllegalArgumentException naming the code whose line is not two fields or whose class is not declared */
    public static List<LabTest> read(Reader reader) throws IOException {
        return ShippedTable.read(reader, ShippedTests::test);
    }

    private static LabTest test(String code, String[] f) {
        if (f.length != 2 || !CLASSES.contains(f[1])) {
            throw new IllegalArgumentException(FILE + ": test " + code + " needs 'name | class', the class one of " + CLASSES);
        }
        return new LabTest(code, f[0], f[1]);
    }
}
