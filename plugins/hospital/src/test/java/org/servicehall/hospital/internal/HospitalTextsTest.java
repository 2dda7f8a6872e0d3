package org.servicehall.hospital.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.servicehall.hospital.internal.lab.TatClass;
import org.servicehall.hospital.internal.lab.TatState;
import org.servicehall.hospital.internal.payment.PaymentStep;
import org.servicehall.hospital.internal.pharmacy.DispenseCheck;
import org.servicehall.hospital.internal.pharmacy.PrescriptionStatus;

/** Every text a person reads has English and Chinese (hospital.properties, hospital_zh_CN.properties). */
class HospitalTextsTest {
    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = HospitalTextsTest.class.getClassLoader().getResourceAsStream("HALL-INF/i18n/" + file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> en = keys("hospital.properties");
        Set<String> zh = keys("hospital_zh_CN.properties");
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "English only");
        assertEquals(Set.of(), onlyZh, "Chinese only");
    }

    @Test
    void everyLabelOfTheRulesHasBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (DispenseCheck c : DispenseCheck.values()) {
            keys.add(c.labelKey());
        }
        for (DispenseCheck.Group g : DispenseCheck.Group.values()) {
            keys.add("pharmacy.group." + g.name());
        }
        for (PrescriptionStatus s : PrescriptionStatus.values()) {
            keys.add("pharmacy.status." + s.name());
        }
        for (TatClass c : TatClass.DECLARED) {
            keys.add(c.labelKey());
        }
        for (TatState s : TatState.values()) {
            keys.add("lab.state." + s.name());
        }
        for (PaymentStep s : PaymentStep.values()) {
            keys.add(s.labelKey());
        }
        List<String> missing = keys.stream().filter(k -> !HospitalTexts.TEXTS.hasBoth(k)).toList();
        assertEquals(List.of(), missing);
    }
}
