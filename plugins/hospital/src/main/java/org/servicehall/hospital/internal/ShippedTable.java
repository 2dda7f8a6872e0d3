package org.servicehall.hospital.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A table the plugin ships under {@code HALL-INF/hospital/} (the formulary, the lab's test items):
 * one row a line, {@code <code> = field | field | …}, read in the order of the codes, each field
 * trimmed; the row's own class says what its fields must be. Plain Java.
 */
public final class ShippedTable<T> {
    /** One row made from its code and fields; a row whose fields are wrong throws IllegalArgumentException naming the code. */
    @FunctionalInterface
    public interface Row<T> {
        T of(String code, String[] fields);
    }

    private final String file;
    private final Row<T> row;

    /** The table shipped as {@code file} (its path on the plugin's class path), its rows made by {@code row}. */
    public ShippedTable(String file, Row<T> row) {
        this.file = file;
        this.row = row;
    }

    /** The file's path on the plugin's class path, as messages name it. */
    public String file() {
        return file;
    }

    /** The rows of the file on the plugin's class path; a missing or unreadable file fails, named. */
    public List<T> load(ClassLoader loader) {
        URL url = loader.getResource(file);
        if (url == null) {
            throw new IllegalStateException(file + " is missing from the hospital plugin");
        }
        try (InputStream in = url.openStream()) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The rows of a table's text, in the order of their codes. */
    public List<T> read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        List<T> out = new ArrayList<>();
        for (String code : new TreeSet<>(p.stringPropertyNames())) {
            String[] fields = p.getProperty(code).split("\\|", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            out.add(row.of(code.strip(), fields));
        }
        return out;
    }
}
