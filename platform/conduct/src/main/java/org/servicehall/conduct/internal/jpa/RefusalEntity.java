package org.servicehall.conduct.internal.jpa;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.servicehall.conduct.RefusedText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A text refused for its forbidden phrases (C3). The time is kept in UTC. */
@Entity
@Table(name = "sh_conduct_refusal")
public class RefusalEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_conduct_refusal_seq")
    @SequenceGenerator(name = "sh_conduct_refusal_seq", sequenceName = "sh_conduct_refusal_seq", allocationSize = 1)
    private Long id;
    @Column(name = "site_id", nullable = false)
    private long siteId;
    @Column(nullable = false, length = 100)
    private String username;
    @Column(name = "refused_at", nullable = false)
    private LocalDateTime refusedAt;
    @Column(nullable = false, length = 2000)
    private String text;
    @Column(nullable = false, length = 1000)
    private String phrases;

    protected RefusalEntity() {
    }

    public RefusalEntity(long siteId, String username, Instant at, String text, List<String> phrases) {
        this.siteId = siteId;
        this.username = username;
        this.refusedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.text = text;
        String joined = String.join("\n", phrases);
        this.phrases = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    public RefusedText toRefusedText() {
        return new RefusedText(id, siteId, username, refusedAt.toInstant(ZoneOffset.UTC), text,
                phrases.isEmpty() ? List.of() : Arrays.asList(phrases.split("\n")));
    }
}
