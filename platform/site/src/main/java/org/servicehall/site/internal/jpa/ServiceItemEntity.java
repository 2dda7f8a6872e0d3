package org.servicehall.site.internal.jpa;

import org.servicehall.site.ServiceItem;
import org.servicehall.site.ServiceItemDraft;
import org.servicehall.site.TimeLimit;
import org.servicehall.site.TimeLimitClass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "sh_service_item")
public class ServiceItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_service_item_seq")
    @SequenceGenerator(name = "sh_service_item_seq", sequenceName = "sh_service_item_seq", allocationSize = 1)
    private Long id;
    @Column(name = "site_id", nullable = false)
    private long siteId;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "ticket_prefix", nullable = false, length = 2)
    private String ticketPrefix;
    @Column(nullable = false, length = 40)
    private String sector;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_limit_class", nullable = false, length = 20)
    private TimeLimitClass timeLimitClass;
    @Column(name = "time_limit_days", nullable = false)
    private int timeLimitDays;

    protected ServiceItemEntity() {
    }

    public ServiceItemEntity(long siteId, ServiceItemDraft d) {
        this.siteId = siteId;
        apply(d);
    }

    public final void apply(ServiceItemDraft d) {
        code = d.code();
        name = d.name();
        ticketPrefix = d.ticketPrefix();
        sector = d.sector();
        timeLimitClass = d.timeLimit().kind();
        timeLimitDays = d.timeLimit().workingDays();
    }

    public long siteId() {
        return siteId;
    }

    public ServiceItem toItem() {
        return new ServiceItem(id, siteId, code, name, ticketPrefix, sector, new TimeLimit(timeLimitClass, timeLimitDays));
    }
}
