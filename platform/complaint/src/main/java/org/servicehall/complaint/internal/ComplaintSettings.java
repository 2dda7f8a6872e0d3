package org.servicehall.complaint.internal;

import java.util.Arrays;
import java.util.List;

/**
 * What the area's services take from {@link ComplaintConfig}, as a value a test builds.
 *
 * @param reasons P1: the reason ticks offered
 * @param maxComment P1: the longest comment accepted
 * @param rectificationDays P4: working days a rectification gets by default
 * @param violationRule P4: the conduct rule proposed when a staff member is at fault and the finding names none
 */
public record ComplaintSettings(List<String> reasons, int maxComment, int rectificationDays, String violationRule) {
    public static final ComplaintSettings DEFAULTS = new ComplaintSettings(RatingRules.DEFAULT_REASONS, RatingRules.MAX_COMMENT, 10,
            "BEHAVIOUR-1");

    public ComplaintSettings {
        reasons = List.copyOf(reasons);
    }

    static ComplaintSettings of(ComplaintConfig config) {
        return new ComplaintSettings(Arrays.asList(config.ratingReasons()), config.maxCommentLength(), config.rectificationDays(),
                config.violationRule());
    }
}
