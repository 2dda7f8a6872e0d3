package org.servicehall.conduct.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A site's own wording of the standard phrase for a step of service (C2). */
@Entity
@Table(name = "sh_conduct_phrase")
public class StepPhraseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_conduct_phrase_seq")
    @SequenceGenerator(name = "sh_conduct_phrase_seq", sequenceName = "sh_conduct_phrase_seq", allocationSize = 1)
    private Long id;
    @Column(name = "site_id", nullable = false)
    private long siteId;
    @Column(nullable = false, length = 30)
    private String step;
    @Column(nullable = false, length = 500)
    private String text;

    protected StepPhraseEntity() {
    }

    public StepPhraseEntity(long siteId, String step, String text) {
        this.siteId = siteId;
        this.step = step;
        this.text = text;
    }

    public String step() {
        return step;
    }

    public String text() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
