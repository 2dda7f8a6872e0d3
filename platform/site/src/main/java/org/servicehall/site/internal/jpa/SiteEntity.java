package org.servicehall.site.internal.jpa;

import java.time.LocalTime;
import java.time.ZoneId;

import org.servicehall.site.Site;
import org.servicehall.site.SiteDraft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "sh_site")
public class SiteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_site_seq")
    @SequenceGenerator(name = "sh_site_seq", sequenceName = "sh_site_seq", allocationSize = 1)
    private Long id;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(length = 200)
    private String address;
    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;
    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;
    /** The zone's id, e.g. Asia/Shanghai (schema V2). */
    @Column(length = 64)
    private String zone;

    protected SiteEntity() {
    }

    public SiteEntity(SiteDraft d) {
        apply(d);
    }

    public final void apply(SiteDraft d) {
        code = d.code();
        name = d.name();
        address = d.address();
        opensAt = d.opensAt();
        closesAt = d.closesAt();
        if (d.zone() != null) {
            zone = d.zone().getId();
        }
    }

    public Site toSite() {
        // empty only for a row of before V2 that the service has not yet given the installation's zone
        return new Site(id, code, name, address, opensAt, closesAt, zone == null ? ZoneId.systemDefault() : ZoneId.of(zone));
    }
}
