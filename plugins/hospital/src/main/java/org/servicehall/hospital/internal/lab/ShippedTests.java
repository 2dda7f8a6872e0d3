package org.servicehall.hospital.internal.lab;

import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.hospital.internal.ShippedTable;

/** The test items the plugin ships, {@code HALL-INF/hospital/lab-tests.properties}: {@code <code> = name | class}. Plain Java. */
public final class ShippedTests {
    /** The table; a line that is not two fields or whose class is not declared throws IllegalArgumentException naming its code. */
    public static final ShippedTable<LabTest> TABLE = new ShippedTable<>("HALL-INF/hospital/lab-tests.properties", ShippedTests::test);
    private static final Set<String> CLASSES = TatClass.DECLARED.stream().map(TatClass::code).collect(Collectors.toSet());

    private ShippedTests() {
    }

    private static LabTest test(String code, String[] f) {
        if (f.length != 2 || !CLASSES.contains(f[1])) {
            throw new IllegalArgumentException(TABLE.file() + ": test " + code + " needs 'name | class', the class one of " + CLASSES);
        }
        return new LabTest(code, f[0], f[1]);
    }
}
