package org.servicehall.complaint;

import java.time.LocalDate;

/**
 * P2/P4: the outcome of an investigation.
 *
 * @param finding what the investigation found (调查核实结果)
 * @param action what is done about it (处理意见)
 * @param confirmed whether the complaint is confirmed (属实); a confirmed one opens a rectification task
 * @param staffAtFault whether the staff member is at fault: proposes a conduct violation candidate
 * @param ruleCode the conduct rule broken, when {@code staffAtFault} (e.g. {@code BEHAVIOUR-1}); null for the default
 * @param rectification what must be rectified (整改内容); null to use {@code action}
 * @param rectificationOwner username of who rectifies; null for the case owner
 * @param rectificationDue by when; null for the default number of working days
 */
public record Resolution(String finding, String action, boolean confirmed, boolean staffAtFault, String ruleCode,
        String rectification, String rectificationOwner, LocalDate rectificationDue) {

    public static Resolution notConfirmed(String finding, String action) {
        return new Resolution(finding, action, false, false, null, null, null, null);
    }
}
