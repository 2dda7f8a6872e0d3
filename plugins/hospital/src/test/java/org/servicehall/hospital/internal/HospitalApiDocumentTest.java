package org.servicehall.hospital.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servicehall.fixture.OpenApiCheck;
import org.servicehall.hospital.internal.lab.LabResource;
import org.servicehall.hospital.internal.pages.PublicPages;
import org.servicehall.hospital.internal.reports.DayReport;
import org.servicehall.hospital.internal.reports.ReportsResource;
import org.servicehall.hospital.internal.lab.Slip;
import org.servicehall.hospital.internal.lab.Specimen;
import org.servicehall.hospital.internal.lab.SpecimenStatus;
import org.servicehall.hospital.internal.lab.TatClass;
import org.servicehall.hospital.internal.lab.TatFigures;
import org.servicehall.hospital.internal.payment.FeeItem;
import org.servicehall.hospital.internal.payment.Payment;
import org.servicehall.hospital.internal.payment.PaymentResource;
import org.servicehall.hospital.internal.payment.PaymentStatus;
import org.servicehall.hospital.internal.payment.PaymentStep;
import org.servicehall.hospital.internal.payment.StepRecord;
import org.servicehall.hospital.internal.pharmacy.DispenseCheck;
import org.servicehall.hospital.internal.pharmacy.Drug;
import org.servicehall.hospital.internal.pharmacy.Prescription;
import org.servicehall.hospital.internal.pharmacy.PrescriptionLine;
import org.servicehall.hospital.internal.pharmacy.PrescriptionResource;
import org.servicehall.hospital.internal.pharmacy.PrescriptionSource;
import org.servicehall.hospital.internal.pharmacy.PrescriptionStatus;
import org.servicehall.hospital.internal.pharmacy.SkinTestResult;
import org.servicehall.web.RequiresRole;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** The hospital's REST operations (H2-H4) as their OpenAPI document describes them; all but the public ones need a role. */
class HospitalApiDocumentTest {
    private static final List<Class<?>> RESOURCES = List.of(PrescriptionResource.class, LabResource.class, PaymentResource.class,
            PublicPages.class, ReportsResource.class);
    private static final Instant AT = Instant.parse("2026-12-02T01:00:00Z");
    private final OpenApiCheck api = new OpenApiCheck(RESOURCES.toArray(Class<?>[]::new));

    @Test
    void requestBodiesAreDocumented_H3_H4_H2() {
        assertEquals(List.of("externalId", "ticketNumber", "patientName", "patientAge", "department", "diagnosis", "prescriber", "lines"),
                api.requestProperties("POST", "/v1/hospital/pharmacy/sites/{site}/prescriptions"));
        assertEquals(List.of("checks"), api.requestProperties("POST", "/v1/hospital/pharmacy/prescriptions/{id}/dispense"));
        assertEquals(List.of("patientName", "testCode", "specimenNumber"), api.requestProperties("POST", "/v1/hospital/lab/specimens/{id}/sample"));
        assertEquals(List.of("step", "received"), api.requestProperties("POST", "/v1/hospital/payments/{id}/steps"));
    }

    @Test
    void answersAreAsDocumented_H3_H4_H2() {
        Drug pen = new Drug("PEN-G-800K", "注射用青霉素钠", "注射剂", "80万单位", "支", true);
        Prescription p = new Prescription(1, 1, "MR-1", PrescriptionSource.HIS, 9L, "D009", "王芳", 34, "呼吸内科", "肺炎", "李医生",
                PrescriptionStatus.DISPENSED, AT, "a", AT, "b", AT, SkinTestResult.NEGATIVE, "a", AT, "b", AT, EnumSet.allOf(DispenseCheck.class),
                List.of(new PrescriptionLine(1, pen, 2, "每日2次")));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/pharmacy/prescriptions/1", p));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/pharmacy/sites/DEMO/prescriptions", List.of(p)));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/pharmacy/drugs", List.of(pen)));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/pharmacy/sites/DEMO/ready", List.of("D009")));
        Specimen s = new Specimen(1, 1, "L0001", "L001", "王芳", "CBC", TatClass.ROUTINE, SpecimenStatus.SAMPLED, AT, null, "lab", AT,
                AT.plusSeconds(1440), AT.plusSeconds(1800), null, null, null, null, "0123456789abcdef0123456789abcdef");
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/lab/specimens/L0001", s));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/lab/sites/DEMO/board", List.of(s)));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/lab/classes", TatClass.DECLARED));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/lab/sites/DEMO/figures", List.of(new TatFigures(TatClass.ROUTINE, 3,
                Duration.ofMinutes(20), Duration.ofMinutes(40), 1), new TatFigures(TatClass.SPECIAL, 0, null, null, 0))));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/lab/slips/0123456789abcdef0123456789abcdef", new Slip("L0001", "血常规", AT,
                AT.plusSeconds(1800), "检验科报告窗口", false, "/api/v1/queue/follow/DEMO/L001")));
        Payment pay = new Payment(1, 1, "FEE-1", "P003", "王芳", new BigDecimal("86.50"), new BigDecimal("100.00"), new BigDecimal("13.50"),
                PaymentStatus.FINISHED, "c", AT, "c", AT, List.of(new FeeItem(1, "REG", "挂号费", 1, new BigDecimal("6.50"),
                        new BigDecimal("6.50"))), List.of(new StepRecord(1, PaymentStep.DUE_ANNOUNCED, new BigDecimal("86.50"), "c", AT),
                                new StepRecord(1, PaymentStep.RECEIPT_HANDED, null, "c", AT)));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/payments/1", pay));
        assertEquals(List.of(), api.problemsOfGet("/v1/hospital/reports/sites/DEMO/day", new DayReport(LocalDate.of(2026, 12, 2), 3, 1,
                List.of(new DayReport.MissingCheck(DispenseCheck.DRUG_FORM, 1)), List.of(new DayReport.LabClass(TatClass.ROUTINE, 2,
                        Duration.ofMinutes(20), Duration.ofMinutes(31), 1, 1)), 4, new BigDecimal("346.00"))));
    }

    @Test
    void everyOperationButTheReadyBoardAndTheSlipRequiresARole_S1() {
        Set<String> open = Set.of("PrescriptionResource.ready", "LabResource.slip", "PublicPages.readyBoard", "PublicPages.slip");
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                boolean operation = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(DELETE.class);
                String name = resource.getSimpleName() + "." + m.getName();
                assertTrue(!operation || open.contains(name) == !m.isAnnotationPresent(RequiresRole.class), name);
            }
        }
    }
}
