package org.servicehall.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one HALL-INF properties reader: UTF-8, ordered, grouped, every problem with file, line and key. */
class HallPropertiesTest {
    private static final String FILE = "org.servicehall.sector.taxhall 1.0.0: HALL-INF/catalogue/tax.properties";
    private static final PluginSource TAX = new PluginSource(41, "org.servicehall.sector.taxhall", "1.0.0", "tax-hall");

    @TempDir
    Path dir;

    private static HallProperties read(String text) {
        return HallProperties.read(FILE, new StringReader(text));
    }

    private static List<String> keys(HallProperties p) {
        return p.entries().stream().map(HallProperties.Entry::key).toList();
    }

    @Test
    void entriesKeepTheirFileOrderAndLines() {
        HallProperties p = read("""
                # comment
                ! another comment
                b.name = 乙

                a.name=甲
                   c.name:丙
                """);
        assertEquals(List.of("b.name", "a.name", "c.name"), keys(p));
        assertEquals(List.of(3, 5, 6), p.entries().stream().map(HallProperties.Entry::line).toList());
        assertEquals("甲", p.value("a.name"));
        assertEquals("丙", p.entry("c.name").orElseThrow().value());
        assertNull(p.value("d.name"));
        assertFalse(p.hasProblems());
        assertEquals(FILE, p.file());
    }

    @Test
    void theSyntaxOfJavaPropertiesIsReadAsPropertiesReadsIt() {
        String text = "title = Tax registration: set-up  \n"
                + "escaped\\ key = a\\tb\\u7a0e\\\\\n"
                + "long = first \\\n"
                + "      second\n"
                + "colon:value=with=equals\n"
                + "empty =\n";
        HallProperties p = read(text);
        Properties java = new Properties();
        try {
            java.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        for (String key : java.stringPropertyNames()) {
            assertEquals(java.getProperty(key).strip(), p.value(key), key);
        }
        assertEquals(java.size(), p.entries().size());
        assertEquals("a\tb税\\", p.value("escaped key"));
        assertEquals("first second", p.value("long"));
        assertEquals(3, p.entry("long").orElseThrow().line());
        assertEquals(5, p.entry("colon").orElseThrow().line(), "the continued line counts");
        assertEquals("", p.value("empty"));
    }

    @Test
    void utf8AndAByteOrderMarkAreRead() {
        byte[] bytes = "\uFEFFTX-REG.name.zh = 税务登记（设立）\n".getBytes(StandardCharsets.UTF_8);
        HallProperties p = HallProperties.read(FILE, new ByteArrayInputStream(bytes));
        assertEquals(List.of("TX-REG.name.zh"), keys(p));
        assertEquals("税务登记（设立）", p.value("TX-REG.name.zh"));
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndSkippedWhileGoodOnesAreKept() {
        HallProperties p = read("""
                good.one = 1
                no separator here
                good.two = 2
                = no key
                bad\\u12 = x
                good.one = again
                good.three = 3
                """);
        assertEquals(List.of("good.one", "good.two", "good.three"), keys(p));
        assertEquals("1", p.value("good.one"), "the first of a repeated key stays");
        assertEquals(List.of(
                FILE + " line 2: 'no separator here' is not 'key = value'",
                FILE + " line 4: the line has a value but no key",
                FILE + " line 5: '\\u12' is not a \\uXXXX escape (four hexadecimal digits)",
                FILE + " line 6: the key 'good.one' appears twice (first on line 1)"),
                p.problems().stream().map(HallProperties.Problem::toString).toList());
        assertEquals("good.one", p.problems().get(3).key());
        assertEquals(6, p.problems().get(3).line());
        HallException e = assertThrows(HallException.class, p::throwIfProblems);
        assertTrue(e.getMessage().startsWith(FILE + " line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("; " + FILE + " line 6: the key 'good.one' appears twice"), e.getMessage());
    }

    @Test
    void keysAreGroupedByPrefixAndName() {
        HallProperties p = read("""
                category.B.name = 乙
                category.A.name = 甲
                category.A.name.en = A
                other = x
                category.B.order = 5
                category.C = no field
                """);
        List<HallProperties.Group> groups = p.groups("category.");
        assertEquals(List.of("B", "A", "C"), groups.stream().map(HallProperties.Group::name).toList());
        HallProperties.Group a = groups.get(1);
        assertEquals(2, a.line());
        assertEquals(List.of("name", "name.en"), List.copyOf(a.fields().keySet()));
        assertEquals("A", a.value("name.en"));
        assertNull(a.value("order"));
        assertEquals("100", a.value("order", "100"));
        assertEquals(3, a.line("name.en"));
        assertEquals(2, a.line("order"), "a missing field is placed on the group's first line");
        assertEquals("5", groups.get(0).value("order"));
        assertEquals("no field", groups.get(2).value(""));
        assertEquals(List.of("category", "other"), p.groups("").stream().map(HallProperties.Group::name).toList(),
                "without a prefix the name is the part before the first dot");
        assertEquals(List.of(), p.groups("rule."));
    }

    @Test
    void theAreaAddsItsProblemsAtTheRightLineAndKey() {
        HallProperties p = read("""
                TX-REG.name = Tax registration
                TX-REG.order = first
                """);
        HallProperties.Group g = p.groups("").get(0);
        p.problem(g, "order", "TX-REG.order 'first' is not a whole number");
        p.problem(g, "prefix", "TX-REG.prefix is missing");
        p.problem(p.entry("TX-REG.name").orElseThrow(), "is too long");
        p.problem("declares no service items");
        assertEquals(List.of(FILE + " line 2: TX-REG.order 'first' is not a whole number", FILE + " line 1: TX-REG.prefix is missing",
                FILE + " line 1: is too long", FILE + ": declares no service items"),
                p.problems().stream().map(HallProperties.Problem::toString).toList());
        assertEquals(List.of("TX-REG.order", "TX-REG.prefix", "TX-REG.name"),
                p.problems().subList(0, 3).stream().map(HallProperties.Problem::key).toList());
        assertNull(p.problems().get(3).key());
    }

    @Test
    void aHandlersFilesAreReadAndNamedByPluginAndFolder() throws IOException {
        Path good = dir.resolve("tax.properties");
        Files.writeString(good, "TX-A.name = 税\n", StandardCharsets.UTF_8);
        Path yaml = dir.resolve("items.yaml");
        Files.writeString(yaml, "TX-A: {}\n");
        URL missing = dir.resolve("gone.properties").toUri().toURL();
        List<HallProperties> read = HallProperties.read(TAX, "catalogue", List.of(good.toUri().toURL(), yaml.toUri().toURL(), missing));
        assertEquals(FILE, read.get(0).file());
        assertEquals("税", read.get(0).value("TX-A.name"));
        assertFalse(read.get(0).hasProblems());
        assertEquals("org.servicehall.sector.taxhall 1.0.0: HALL-INF/catalogue/items.yaml: is not a .properties file; "
                + "HALL-INF/catalogue/ holds .properties files", read.get(1).problems().get(0).toString());
        assertTrue(read.get(1).isEmpty());
        assertTrue(read.get(2).problems().get(0).toString()
                .startsWith("org.servicehall.sector.taxhall 1.0.0: HALL-INF/catalogue/gone.properties: could not be read: "));
    }

    @Test
    void aReaderThatFailsBecomesAProblemNotAnException() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        HallProperties p = HallProperties.read(FILE, failing);
        assertEquals(FILE + ": could not be read: disk gone", p.problems().get(0).toString());
    }
}
