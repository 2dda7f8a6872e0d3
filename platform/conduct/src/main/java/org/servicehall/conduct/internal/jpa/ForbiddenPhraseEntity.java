package org.servicehall.conduct.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A site's forbidden phrase, or (removed) a shipped or contributed one hidden at the site (C3). */
@Entity
@Table(name = "sh_conduct_forbidden")
public class ForbiddenPhraseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_conduct_forbidden_seq")
    @SequenceGenerator(name = "sh_conduct_forbidden_seq", sequenceName = "sh_conduct_forbidden_seq", allocationSize = 1)
    private Long id;
    @Column(name = "site_id", nullable = false)
    private long siteId;
    @Column(name = "phrase_key", nullable = false, length = 200)
    private String phraseKey;
    @Column(nullable = false, length = 200)
    private String phrase;
    @Column(nullable = false, length = 500)
    private String suggestion;
    @Column(nullable = false)
    private boolean removed;

    protected ForbiddenPhraseEntity() {
    }

    public ForbiddenPhraseEntity(long siteId, String phraseKey, String phrase, String suggestion, boolean removed) {
        this.siteId = siteId;
        this.phraseKey = phraseKey;
        set(phrase, suggestion, removed);
    }

    public final void set(String phrase, String suggestion, boolean removed) {
        this.phrase = phrase;
        this.suggestion = suggestion;
        this.removed = removed;
    }

    public String phraseKey() {
        return phraseKey;
    }

    public String phrase() {
        return phrase;
    }

    public String suggestion() {
        return suggestion;
    }

    public boolean removed() {
        return removed;
    }
}
