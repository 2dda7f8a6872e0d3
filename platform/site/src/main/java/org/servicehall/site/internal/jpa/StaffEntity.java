package org.servicehall.site.internal.jpa;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.servicehall.security.Role;
import org.servicehall.site.Staff;
import org.servicehall.site.StaffDraft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "sh_staff")
public class StaffEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_staff_seq")
    @SequenceGenerator(name = "sh_staff_seq", sequenceName = "sh_staff_seq", allocationSize = 1)
    private Long id;
    @Column(name = "site_id", nullable = false)
    private long siteId;
    @Column(name = "staff_number", nullable = false, length = 20)
    private String staffNumber;
    @Column(nullable = false, length = 60)
    private String name;
    @Column(nullable = false, length = 100)
    private String roles;
    @Column(nullable = false, length = 64)
    private String username;
    @Column(nullable = false)
    private boolean active;

    protected StaffEntity() {
    }

    public StaffEntity(long siteId, String username, StaffDraft d) {
        this.siteId = siteId;
        this.username = username;
        apply(d);
    }

    public final void apply(StaffDraft d) {
        staffNumber = d.staffNumber();
        name = d.name();
        roles = d.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","));
        active = d.active();
    }

    public long siteId() {
        return siteId;
    }

    public Staff toStaff() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).forEach(s -> parsed.add(Role.valueOf(s)));
        return new Staff(id, siteId, staffNumber, name, parsed, username, active);
    }
}
