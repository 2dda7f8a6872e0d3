package org.servicehall.conduct.internal.jpa;

import org.servicehall.conduct.RuleCategory;
import org.servicehall.conduct.internal.SiteRuleChange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A site's own rule, or its edit of a shipped or contributed rule (null columns: as shipped). */
@Entity
@Table(name = "sh_conduct_rule")
public class SiteRuleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_conduct_rule_seq")
    @SequenceGenerator(name = "sh_conduct_rule_seq", sequenceName = "sh_conduct_rule_seq", allocationSize = 1)
    private Long id;
    @Column(name = "site_id", nullable = false)
    private long siteId;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(name = "site_added", nullable = false)
    private boolean siteAdded;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RuleCategory category;
    @Column(name = "text_zh", length = 1000)
    private String textZh;
    @Column(name = "text_en", length = 1000)
    private String textEn;
    @Column(nullable = false)
    private boolean enabled;

    protected SiteRuleEntity() {
    }

    public SiteRuleEntity(long siteId, SiteRuleChange change) {
        this.siteId = siteId;
        this.code = change.code();
        this.siteAdded = change.siteAdded();
        apply(change);
    }

    public final void apply(SiteRuleChange change) {
        category = change.category();
        textZh = change.textZh();
        textEn = change.textEn();
        enabled = change.enabled();
    }

    public SiteRuleChange toChange() {
        return new SiteRuleChange(code, siteAdded, category, textZh, textEn, enabled, id == null ? 0 : id);
    }
}
