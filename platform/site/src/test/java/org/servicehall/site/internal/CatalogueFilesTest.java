package org.servicehall.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.servicehall.common.HallException;
import org.servicehall.common.PluginSource;
import org.servicehall.site.CatalogueItem;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;

/** Reading a sector plugin's {@code HALL-INF/catalogue/*.properties} (T1, TX1). */
class CatalogueFilesTest {
    private static final PluginSource TAX = new PluginSource(41, "org.servicehall.sector.taxhall", "1.0.0", "tax-hall");
    private static final String FILE = "org.servicehall.sector.taxhall 1.0.0: HALL-INF/catalogue/tax.properties";

    private static final String GOOD = """
            # Tax hall service items (TX1)
            TX-VAT-GENERAL.name      = VAT general-taxpayer recognition
            TX-VAT-GENERAL.name.zh   = 增值税一般纳税人资格登记
            TX-VAT-GENERAL.prefix    = v
            TX-VAT-GENERAL.timeLimit = LEGAL:22
            TX-VAT-GENERAL.order     = 20

            TX-INVOICE.name      = Invoice services
            TX-INVOICE.prefix    = F
            TX-INVOICE.timeLimit = ON_THE_SPOT

            TX-REG-SETUP.name        = Tax registration: set-up
            TX-REG-SETUP.name.zh     = 税务登记（设立）
            TX-REG-SETUP.prefix      = T
            TX-REG-SETUP.timeLimit   = LEGAL:10
            TX-REG-SETUP.description = Within 10 working days of receiving complete materials
            TX-REG-SETUP.order       = 10
            """;

    private static List<CatalogueItem> parse(String text) {
        return CatalogueFiles.parse(FILE, new StringReader(text), TAX);
    }

    private static HallException refused(String text) {
        return assertThrows(HallException.class, () -> parse(text));
    }

    private static void assertNames(HallException e, String... parts) {
        assertTrue(e.getMessage().startsWith(FILE), "names the file: " + e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "names '" + part + "': " + e.getMessage());
        }
    }

    @Test
    void aGoodFileGivesItsItemsSortedByOrderThenCode_T1_TX1() {
        List<CatalogueItem> items = parse(GOOD);
        assertEquals(List.of("TX-REG-SETUP", "TX-VAT-GENERAL", "TX-INVOICE"), items.stream().map(CatalogueItem::code).toList());

        CatalogueItem reg = items.get(0);
        assertEquals("Tax registration: set-up", reg.nameEn());
        assertEquals("税务登记（设立）", reg.nameZh());
        assertEquals("税务登记（设立）", reg.name(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Tax registration: set-up", reg.name(Locale.ENGLISH));
        assertEquals("T", reg.defaultPrefix());
        assertEquals(TimeLimit.legal(10), reg.timeLimit());
        assertEquals("Within 10 working days of receiving complete materials", reg.description());
        assertEquals(10, reg.order());
        assertEquals(TAX, reg.source());
        assertEquals("tax-hall", reg.sector());

        CatalogueItem vat = items.get(1);
        assertEquals("V", vat.defaultPrefix(), "the prefix is upper-cased");
        assertEquals(TimeLimit.legal(22), vat.timeLimit());

        CatalogueItem invoice = items.get(2);
        assertEquals(100, invoice.order(), "order defaults to 100");
        assertEquals("Invoice services", invoice.nameZh(), "without name.zh the English name is used");
        assertEquals("", invoice.description());
        assertEquals(TimeLimit.of(TimeLimitClass.ON_THE_SPOT), invoice.timeLimit());
    }

    @Test
    void itemsWithTheSameOrderAreSortedByCode() {
        List<CatalogueItem> items = parse("""
                B-ITEM.name = b
                B-ITEM.prefix = B
                B-ITEM.timeLimit = SAME_DAY
                A-ITEM.name = a
                A-ITEM.prefix = A
                A-ITEM.timeLimit = SAME_DAY
                """);
        assertEquals(List.of("A-ITEM", "B-ITEM"), items.stream().map(CatalogueItem::code).toList());
    }

    @Test
    void aMissingNameIsRefusedNamingFileAndKey() {
        assertNames(refused("""
                TX-REG.prefix = T
                TX-REG.timeLimit = LEGAL:10
                """), "TX-REG.name is missing");
        assertNames(refused("""
                TX-REG.name =
                TX-REG.prefix = T
                TX-REG.timeLimit = LEGAL:10
                """), "TX-REG.name is missing");
    }

    @Test
    void aMissingPrefixIsRefusedNamingFileAndKey() {
        assertNames(refused("""
                TX-REG.name = Tax registration
                TX-REG.timeLimit = LEGAL:10
                """), "TX-REG.prefix is missing");
    }

    @Test
    void aMissingTimeLimitIsRefusedNamingFileAndKey_T1() {
        assertNames(refused("""
                TX-REG.name = Tax registration
                TX-REG.prefix = T
                """), "TX-REG.timeLimit is missing");
    }

    @Test
    void aBadTimeLimitIsRefusedNamingFileKeyAndText_T1() {
        assertNames(refused("""
                TX-REG.name = Tax registration
                TX-REG.prefix = T
                TX-REG.timeLimit = SOON
                """), "TX-REG.timeLimit", "'SOON'");
        assertNames(refused("""
                TX-REG.name = Tax registration
                TX-REG.prefix = T
                TX-REG.timeLimit = LEGAL:400
                """), "TX-REG.timeLimit", "400");
    }

    @Test
    void aBadPrefixIsRefusedNamingFileAndKey() {
        assertNames(refused("""
                TX-REG.name = Tax registration
                TX-REG.prefix = TAX
                TX-REG.timeLimit = LEGAL:10
                """), "TX-REG.prefix 'TAX'");
    }

    @Test
    void anUnknownAttributeIsRefusedNamingFileAndKey() {
        assertNames(refused("""
                TX-REG.name = Tax registration
                TX-REG.prefix = T
                TX-REG.timeLimit = LEGAL:10
                TX-REG.colour = red
                """), "key 'TX-REG.colour'", "timeLimit");
        assertNames(refused("TXREG = Tax registration\n"), "key 'TXREG'");
        assertNames(refused("TX-REG.NAME = Tax registration\n"), "key 'TX-REG.NAME'");
    }

    @Test
    void aBadCodeIsRefusedNamingFileAndCode() {
        assertNames(refused("""
                tx-reg.name = Tax registration
                tx-reg.prefix = T
                tx-reg.timeLimit = LEGAL:10
                """), "'tx-reg' is not a valid service code");
        assertNames(refused("TX_REG.name = Tax registration\n"), "'TX_REG'");
    }

    @Test
    void aBadOrderIsRefusedNamingFileKeyAndValue() {
        assertNames(refused("""
                TX-REG.name = Tax registration
                TX-REG.prefix = T
                TX-REG.timeLimit = LEGAL:10
                TX-REG.order = first
                """), "TX-REG.order 'first' is not a whole number");
    }

    @Test
    void aFileWithoutItemsIsRefused() {
        assertNames(refused("# nothing here\n"), "declares no service items");
    }

    @Test
    void oneBadItemFailsTheWholeFile() {
        HallException e = refused(GOOD + "\nTX-BAD.name = Bad\nTX-BAD.timeLimit = SAME_DAY\n");
        assertNames(e, "TX-BAD.prefix is missing");
    }

    @Test
    void theSectorPluginsShippedCataloguesReadAsTheyDidWithJavaProperties_T1() throws IOException {
        for (String path : List.of("../../plugins/tax-hall/src/main/resources/HALL-INF/catalogue/tax-items.properties",
                "../../plugins/hospital/src/main/resources/HALL-INF/catalogue/hospital-windows.properties",
                "../../plugins/admin-center/src/main/resources/HALL-INF/catalogue/admin-center-items.properties")) {
            String text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
            List<CatalogueItem> items = parse(text);
            Properties java = new Properties();
            java.load(new StringReader(text));
            assertEquals(java.size(), items.size() * 3 + items.stream().mapToInt(i -> (i.nameZh().equals(i.nameEn()) ? 0 : 1)
                    + (i.description().isEmpty() ? 0 : 1) + (java.containsKey(i.code() + ".order") ? 1 : 0)).sum(), path);
            for (CatalogueItem item : items) {
                assertEquals(java.getProperty(item.code() + ".name").trim(), item.nameEn(), path);
                assertEquals(java.getProperty(item.code() + ".prefix").trim().toUpperCase(), item.defaultPrefix(), path);
                assertEquals(TimeLimit.parse(java.getProperty(item.code() + ".timeLimit").trim()), item.timeLimit(), path);
            }
        }
    }
}
