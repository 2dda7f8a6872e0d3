package org.servicehall.itests;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * DESIGN §2, §3 and §6 as rules over every bundle's classes: APIs never reach into internals,
 * plugins use the platform's APIs only, domain code is plain Java.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.servicehall");
    }

    @Test
    void thereIsSomethingToCheck() {
        // guards the rules below against passing on an empty class set
        org.junit.jupiter.api.Assertions.assertTrue(classes.size() > 100, "imported " + classes.size() + " classes");
        org.junit.jupiter.api.Assertions.assertTrue(classes.contain("org.servicehall.hospital.internal.HospitalViews"));
    }

    @Test
    void apiPackagesNeverImportInternalPackages() {
        // servicehall-testing is a plain jar for tests (never deployed, exports nothing): its InMemoryApi drives Jersey's own request types
        noClasses().that().resideOutsideOfPackages("..internal..", "org.servicehall.testing..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("an exported API must not expose or need an implementation package (DESIGN §3)")
                .check(classes);
    }

    @Test
    void pluginsNeverImportThePlatformsInternals() {
        noClasses().that().resideInAnyPackage("org.servicehall.taxhall..", "org.servicehall.hospital..", "org.servicehall.admincenter..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.common.internal..",
                        "org.servicehall.persistence.internal..", "org.servicehall.security.internal..",
                        "org.servicehall.web.internal..", "org.servicehall.site.internal..", "org.servicehall.queue.internal..",
                        "org.servicehall.attendance.internal..", "org.servicehall.conduct.internal..",
                        "org.servicehall.complaint.internal..", "org.servicehall.casework.internal..",
                        "org.servicehall.assessment.internal..")
                .because("sector plugins code against the versioned APIs only")
                .check(classes);
    }

    @Test
    void pluginsNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.servicehall.hospital..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.taxhall..", "org.servicehall.admincenter..")
                .check(classes);
        noClasses().that().resideInAPackage("org.servicehall.taxhall..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.hospital..", "org.servicehall.admincenter..")
                .check(classes);
    }

    @Test
    void domainClassesImportNoOsgiJpaOrVaadin() {
        noClasses().that().resideInAnyPackage("org.servicehall.common", "org.servicehall.site", "org.servicehall.attendance",
                "org.servicehall.conduct", "org.servicehall.complaint", "org.servicehall.casework",
                "org.servicehall.casework.notice", "org.servicehall.casework.fee", "org.servicehall.casework.seal",
                "org.servicehall.casework.archive", "org.servicehall.assessment")
                .or().haveSimpleNameEndingWith("Rules")
                .or().haveSimpleName("Attendance").or().haveSimpleName("AttendanceStore")
                .or().haveSimpleName("CatalogueFiles").or().haveSimpleName("CatalogueRegistry")
                .or().haveSimpleName("Contributions").or().haveSimpleName("PasswordHasher")
                .and().doNotHaveSimpleName("package-info") // carries the OSGi export/version annotations, by design
                .should().dependOnClassesThat(resideInAnyPackage("org.osgi..", "jakarta.persistence..", "com.vaadin..",
                        "org.eclipse.persistence..")
                        // build-time annotations (@ProviderType, @Version, @Export), not the framework
                        .and(not(resideInAPackage("org.osgi.annotation.."))))
                .because("domain logic is plain Java, unit-tested without a container (DESIGN §3)")
                .check(classes);
    }

    @Test
    void noLayerReachesUpwards() {
        noClasses().that().resideInAnyPackage("org.servicehall.persistence..", "org.servicehall.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.security..", "org.servicehall.web..",
                        "org.servicehall.site..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.servicehall.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.web..", "org.servicehall.site..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.servicehall.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.site..")
                .check(classes);
        // DESIGN §2: site → queue → attendance → conduct; a lower area offers extension points instead
        noClasses().that().resideInAnyPackage("org.servicehall.site..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.queue..", "org.servicehall.attendance..",
                        "org.servicehall.conduct..", "org.servicehall.complaint..", "org.servicehall.casework..",
                        "org.servicehall.assessment..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.servicehall.queue..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.attendance..", "org.servicehall.conduct..",
                        "org.servicehall.complaint..", "org.servicehall.casework..", "org.servicehall.assessment..")
                .because("the queue asks CallGuard, CitizenTextCheck, StepPhrases, DeskSection, WindowStaff and VisitFollowUp"
                        + " services instead (DESIGN §2)")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.servicehall.attendance..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.conduct..", "org.servicehall.complaint..",
                        "org.servicehall.casework..", "org.servicehall.assessment..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.servicehall.conduct..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.complaint..", "org.servicehall.casework..",
                        "org.servicehall.assessment..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.servicehall.complaint..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.casework..", "org.servicehall.assessment..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.servicehall.casework..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.assessment..")
                .because("DESIGN §2: complaint → casework → assessment")
                .check(classes);
    }
}
