package org.servicehall.casework.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.security.Actor;
import org.servicehall.security.PersonalData;

/**
 * The applicants of cases (办件; S3, issue 16) in a citizen's request for their data: every case
 * that names their phone is exported with the applicant as stored. A case is an administrative
 * record (the written decision, its legal basis, the time limit kept or missed) that the hall keeps
 * under the archive rules (T6), so neither the retention period nor a request erases its applicant:
 * an erasure names each case it keeps and why, and the retention sweep leaves cases alone (the
 * contact data of tickets, bookings, ratings, complaints and pre-applications is what ages out).
 */
@Component(service = PersonalData.class)
public final class CasePersonalData implements PersonalData {
    private final CaseParts parts;

    @Activate
    public CasePersonalData(@Reference CaseParts parts) {
        this.parts = parts;
    }

    @Override
    public String kind() {
        return "cases";
    }

    /** Cases keep their applicants as administrative records (T6): nothing ages out here. */
    @Override
    public int anonymise(Actor by, Instant before, Map<String, Instant> beforeBySite) {
        return 0;
    }

    private record Row(String number, String service, String stage, String kind, String name, String id, String phone) {
    }

    private List<Row> rows(String phone) {
        return parts.store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT number, service_code, stage, applicant_kind, applicant_name, applicant_id,"
                    + " applicant_phone FROM cw_case WHERE applicant_phone = ? ORDER BY id")) {
                ps.setString(1, phone);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Row> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7)));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public List<String> export(String phone) {
        return rows(phone).stream().map(r -> r.number() + " " + r.service() + " " + r.stage() + " " + r.kind() + " " + r.name() + " " + r.id()
                + " " + r.phone()).toList();
    }

    @Override
    public Erasure erase(Actor by, String phone) {
        return new Erasure(0, rows(phone).stream().map(r -> CaseParts.TEXTS.message("personalData.kept", r.number()).in(Locale.ENGLISH)).toList());
    }
}
