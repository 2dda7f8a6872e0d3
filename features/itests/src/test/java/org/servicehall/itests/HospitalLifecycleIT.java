package org.servicehall.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumSet;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.servicehall.persistence.Database;
import org.servicehall.queue.Channel;
import org.servicehall.queue.IssueRequest;
import org.servicehall.queue.PriorityClass;
import org.servicehall.queue.QueueService;
import org.servicehall.site.ServiceCatalogue;
import org.servicehall.testing.Distribution;

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
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        int http = Distribution.freePort();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(Distribution.tarball().toUri().toString())
                    .name("ServiceHall").unpackDirectory(new java.io.File("target/exam-hospital")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut("etc/org.servicehall.web.cfg", "port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.servicehall.web.cfg", "host", "127.0.0.1"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(Distribution.freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(Distribution.freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(Distribution.freePort())),
            editConfigurationFilePut("etc/org.servicehall.clock.cfg", "zone", "Asia/Shanghai"),
            editConfigurationFilePut("etc/org.servicehall.clock.cfg", "startAt", "2026-11-30T09:30"),
            systemProperty("servicehall.admin.password").value(PASSWORD),
            // as PlatformIT: the probe's extender waits long enough on a loaded 2-core machine
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("itest.http.port").value(String.valueOf(http)),
        };
    }

    /** The status and body of a call as the administrator. */
    private static String[] http(String method, String path, String json) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + System.getProperty("itest.http.port") + path).toURL()
                    .openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(20000);
            c.setRequestMethod(method);
            c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
            c.setRequestProperty("Accept-Language", "zh-CN");
            if (json != null) {
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new String[] { String.valueOf(status), body };
        } catch (IOException e) {
            return new String[] { "-1", e.toString() };
        }
    }

    private static int status(String path) {
        return Integer.parseInt(http("GET", path, null)[0]);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(200);
        }
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
