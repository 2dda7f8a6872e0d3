package org.servicehall.site.internal.jpa;

import java.util.HashSet;
import java.util.Set;

import org.servicehall.site.Window;
import org.servicehall.site.WindowDraft;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "sh_window")
public class WindowEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_window_seq")
    @SequenceGenerator(name = "sh_window_seq", sequenceName = "sh_window_seq", allocationSize = 1)
    private Long id;
    @Column(name = "site_id", nullable = false)
    private long siteId;
    @Column(name = "window_number", nullable = false)
    private int number;
    @Column(nullable = false, length = 60)
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sh_window_service", joinColumns = @JoinColumn(name = "window_id"))
    @Column(name = "service_code", length = 40)
    private Set<String> serviceCodes = new HashSet<>();

    protected WindowEntity() {
    }

    public WindowEntity(long siteId, WindowDraft d) {
        this.siteId = siteId;
        apply(d);
    }

    public final void apply(WindowDraft d) {
        number = d.number();
        name = d.name();
        serviceCodes.clear();
        serviceCodes.addAll(d.serviceCodes());
    }

    public long siteId() {
        return siteId;
    }

    public Window toWindow() {
        return new Window(id, siteId, number, name, serviceCodes);
    }
}
