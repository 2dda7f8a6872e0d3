package org.servicehall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.servicehall.itests.ExamHall.await;
import static org.servicehall.itests.ExamHall.http;
import static org.servicehall.itests.ExamHall.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.servicehall.persistence.Database;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.site.ServiceCatalogue;

/**
 * Issue 14 in the real distribution (Pax Exam): the hospital plugin uninstalled while prescriptions
 * and specimens are open — the platform keeps serving the other sectors, the hospital's REST is
 * gone, its tables and rows stay — and reinstalled: every prescription and specimen is there again
 * in the state it was left in, and work goes on with them (the slip, the next step).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HospitalLifecycleIT {
    private static final String HOSPITAL = "servicehall-hospital";
    private static final String PASSWORD = "Pax-Exam-Hospital-1";
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @Inject
    private FeaturesService features;
    @Inject
    private ServiceCatalogue catalogue;
    @Inject
    private QueueService queue;
    @Inject
    private Database database;

    @Configuration
    public Option[] config() {
        return ExamHall.options("exam-hospital", PASSWORD);
    }

    private long count(String table) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String created(String path, String json) {
        String[] r = http("POST", path, json);
        assertEquals(r[1], "201", r[0]);
        return r[1];
    }

    private static String prescription(String externalId) {
        return "{\"externalId\":\"" + externalId + "\",\"patientName\":\"王芳\",\"patientAge\":34,\"department\":\"呼吸内科\","
                + "\"diagnosis\":\"急性上呼吸道感染\",\"prescriber\":\"李医生\",\"lines\":[{\"drugCode\":\"PARACETAMOL-500\",\"quantity\":1,"
                + "\"dosage\":\"每日3次，每次1片，口服\"}]}";
    }

    private static long id(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertTrue(json, m.find());
        return Long.parseLong(m.group(1));
    }

    @Test
    public void uninstallingTheHospitalKeepsItsOpenPrescriptionsAndSpecimensAndReinstallingFindsThem_H3_H4() throws Exception {
        await("the node is ready", () -> status("/api/health") == 200);
        await("the hospital's REST answers", () -> status("/api/v1/hospital/pharmacy/drugs") == 200);

        // open work: a prescription received, one prepared; a specimen ordered, one sampled
        long received = id(created("/api/v1/hospital/pharmacy/sites/DEMO/prescriptions", prescription("LC-1")));
        long prepared = id(created("/api/v1/hospital/pharmacy/sites/DEMO/prescriptions", prescription("LC-2")));
        assertEquals("200", http("POST", "/api/v1/hospital/pharmacy/prescriptions/" + prepared + "/prepare", null)[0]);
        created("/api/v1/hospital/lab/sites/DEMO/specimens", "{\"specimenNumber\":\"LC-0001\",\"patientName\":\"王芳\",\"testCode\":\"CBC\"}");
        long sampled = id(created("/api/v1/hospital/lab/sites/DEMO/specimens",
                "{\"specimenNumber\":\"LC-0002\",\"patientName\":\"李强\",\"testCode\":\"CBC\"}"));
        String taken = http("POST", "/api/v1/hospital/lab/specimens/" + sampled + "/sample",
                "{\"patientName\":\"李强\",\"testCode\":\"CBC\",\"specimenNumber\":\"LC-0002\"}")[1];
        assertTrue(taken, taken.contains("\"status\":\"SAMPLED\""));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"slipToken\":\"([0-9a-f]{32})\"").matcher(taken);
        assertTrue(taken, token.find());
        long prescriptions = count("sh_hospital_prescription");
        long specimens = count("sh_hospital_specimen");

        String version = features.getFeature(HOSPITAL).getVersion();
        features.uninstallFeature(HOSPITAL, version, NO_REFRESH);
        await("the hospital's REST is withdrawn", () -> status("/api/v1/hospital/pharmacy/drugs") == 404);
        assertFalse(catalogue.sectors().contains("hospital"));
        // the platform keeps serving the other sectors
        assertEquals(200, status("/api/health"));
        assertTrue(catalogue.sectors().contains("tax-hall"));
        assertTrue(queue.issue(new IssueRequest("DEMO", "TX-REG-CHANGE", PriorityClass.NORMAL, Channel.KIOSK)).ticket().number().startsWith("T"));
        // the hospital's tables and rows stay
        assertEquals(prescriptions, count("sh_hospital_prescription"));
        assertEquals(specimens, count("sh_hospital_specimen"));

        features.installFeature(HOSPITAL, version, NO_REFRESH);
        await("the hospital's REST is back", () -> status("/api/v1/hospital/pharmacy/drugs") == 200);
        String open = http("GET", "/api/v1/hospital/pharmacy/sites/DEMO/prescriptions", null)[1];
        assertTrue(open, open.contains("\"id\":" + received + ",") && open.contains("\"externalId\":\"LC-1\""));
        String two = http("GET", "/api/v1/hospital/pharmacy/prescriptions/" + prepared, null)[1];
        assertTrue(two, two.contains("\"status\":\"PREPARED\""));
        assertTrue(http("GET", "/api/v1/hospital/lab/specimens/LC-0001", null)[1].contains("\"status\":\"ORDERED\""));
        assertTrue(http("GET", "/api/v1/hospital/lab/specimens/LC-0002", null)[1].contains("\"status\":\"SAMPLED\""));
        assertEquals("the slip still leads to its specimen", 200, status("/api/v1/hospital/lab/slips/" + token.group(1)));
        assertEquals("nothing was migrated twice or lost", prescriptions, count("sh_hospital_prescription"));
        // and work goes on with them: the lab reports the sampled specimen
        assertEquals("200", http("POST", "/api/v1/hospital/lab/specimens/" + sampled + "/report", null)[0]);
        assertEquals("409", http("POST", "/api/v1/hospital/pharmacy/sites/DEMO/prescriptions", prescription("LC-1"))[0]);
    }
}
