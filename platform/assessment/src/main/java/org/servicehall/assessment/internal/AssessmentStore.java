package org.servicehall.assessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Jdbc;

/**
 * The assessment's tables on the shared data source: one transaction or read per unit of work, its
 * statements in {@link RunTables} and {@link TrainingTables}. As a component it migrates the
 * schema first (at start), for the assessment's services to share.
 */
@Component(service = AssessmentStore.class, immediate = true)
public final class AssessmentStore {

    private final DataSource dataSource;

    private AssessmentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * On a database whose assessment schema is migrated already (tools and tests). A factory, not a
     * second public one-argument constructor: SCR must find exactly one public constructor of the
     * activation constructor's length.
     */
    public static AssessmentStore on(DataSource dataSource) {
        return new AssessmentStore(dataSource);
    }

    @Activate
    public AssessmentStore(@Reference Database database) {
        this(database.dataSource());
        database.migrate("assessment", getClass().getClassLoader());
    }

    /** The clock's instant as the tables keep it (to the microsecond), so a record returned equals the one read back. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> Jdbc.isUniqueViolation(e)
                ? new Conflict("the change clashed with another made at the same moment (on this or another node); reload and try again")
                : new IllegalStateException("assessment database error: " + e.getMessage(), e));
    }

    <T> T read(Jdbc.Work<T> work) {
        return Jdbc.read(dataSource, work, Jdbc.failure("assessment"));
    }
}
