package org.servicehall.hospital.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.servicehall.common.PluginSource;
import org.servicehall.fixture.HallFixture;
import org.servicehall.fixture.NewSite;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;

/** The hospital's catalogue on a fixture (as if the plugin ran), and a new hospital site serving its items. */
public final class HospitalHall {
    public static final PluginSource HOSPITAL = new PluginSource(77, "servicehall-hospital", "0.1.0", HospitalViews.SECTOR);
    private static final Map<HallFixture, Boolean> WITH_CATALOGUE = new ConcurrentHashMap<>();

    private HospitalHall() {
    }

    /** A site with the pharmacy, lab, payment, registration and guide desk items; windows as given. */
    public static NewSite site(HallFixture fx, String codePrefix) {
        WITH_CATALOGUE.computeIfAbsent(fx, f -> {
            f.addCatalogue(HOSPITAL, catalogue());
            return true;
        });
        NewSite site = fx.newSite(codePrefix).name("人民医院门诊大厅");
        for (String[] s : new String[][] { { "H-GUIDE", "导医", "G" }, { "H-REG", "挂号", "R" }, { "H-PAY", "收费", "P" },
                { "H-PHARM", "药房取药", "D" }, { "H-LAB", "检验", "L" } }) {
            site.service(new ServiceItemDraft(s[0], s[1], s[2], HospitalViews.SECTOR, TimeLimit.of(TimeLimitClass.ON_THE_SPOT)));
        }
        return site;
    }

    private static String catalogue() {
        try (InputStream in = HospitalHall.class.getClassLoader().getResourceAsStream("HALL-INF/catalogue/hospital-windows.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
