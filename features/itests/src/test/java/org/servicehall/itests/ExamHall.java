package org.servicehall.itests;

import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.servicehall.testing.Distribution;

/**
 * What a Pax Exam test class of the real distribution sets up and asks, written once: the options
 * that boot this build's tarball on free ports on a Monday morning in the hall (Q8) with the first
 * administrator's password, requests to its HTTP port as that administrator, and waiting for what
 * the platform does by itself. PlatformIT's own copy of the options came first.
 */
final class ExamHall {
    private ExamHall() {
    }

    /** The options of a hall unpacked in {@code target/<unpackDirectory>}, with {@code extra} after them (e.g. another featuresBoot). */
    static Option[] options(String unpackDirectory, String adminPassword, Option... extra) {
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        int http = Distribution.freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl(Distribution.tarball().toUri().toString())
                        .name("ServiceHall").unpackDirectory(new File("target/" + unpackDirectory)).useDeployFolder(false),
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
                systemProperty("servicehall.admin.password").value(adminPassword),
                // the probe's extender waits long enough on a loaded 2-core machine (see PlatformIT)
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
                systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT").value("180000"),
                systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("180000"),
                // and its injector waits as long for the services of @Inject fields (10 s by default: FeaturesService came later once)
                systemProperty("pax.exam.service.timeout").value("180000"),
                systemProperty("itest.http.port").value(String.valueOf(http)),
                systemProperty("itest.admin.password").value(adminPassword)));
        options.addAll(List.of(extra));
        return options.toArray(Option[]::new);
    }

    /** A connection to the hall's HTTP port (inside the container) as the administrator, read in Chinese. */
    static HttpURLConnection open(String method, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + System.getProperty("itest.http.port") + path).toURL()
                .openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(20000);
        c.setRequestMethod(method);
        c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + System.getProperty("itest.admin.password"))
                .getBytes(StandardCharsets.UTF_8)));
        c.setRequestProperty("Accept-Language", "zh-CN");
        return c;
    }

    /** The status and body of a request as the administrator, with a JSON body or none; status -1 when the node does not answer. */
    static String[] http(String method, String path, String json) {
        try {
            HttpURLConnection c = open(method, path);
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

    static int status(String path) {
        return Integer.parseInt(http("GET", path, null)[0]);
    }

    /** Waits for what the platform does by itself; a time-out, not a speed target (a loaded 2-core machine, see PlatformIT). */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
