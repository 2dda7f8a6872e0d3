package org.servicehall.hospital.internal;

import java.util.List;

import org.servicehall.attendance.StaffingAlert;
import org.servicehall.attendance.StaffingRule;
import org.servicehall.attendance.StaffingSnapshot;
import org.servicehall.site.Window;

/**
 * The hospital's own live staffing rule (worked example of a plugin {@link StaffingRule}; peak
 * handling, Q11): when more than {@value #PEAK} patients wait at the pharmacy and fewer than two pharmacy
 * windows have staff at the post, the supervisor is told to open another dispensing window
 * (高峰期合理调配人员). It lives and goes with the plugin.
 */
@org.osgi.service.component.annotations.Component(service = StaffingRule.class)
public final class PharmacyPeakRule implements StaffingRule {
    static final String PHARMACY = "H-PHARM";
    static final int PEAK = 15;
    static final String KIND = "H_PHARMACY_PEAK";

    @Override
    public List<StaffingAlert> evaluate(StaffingSnapshot hall) {
        int waiting = hall.waiting().getOrDefault(PHARMACY, 0);
        if (waiting <= PEAK) {
            return List.of();
        }
        List<Window> pharmacy = hall.windows().stream().filter(w -> w.serviceCodes().contains(PHARMACY)).toList();
        long staffed = pharmacy.stream().filter(w -> !hall.closedWindows().contains(w.number()) && hall.staffed(w.number())).count();
        if (staffed >= 2) {
            return List.of();
        }
        return List.of(new StaffingAlert(KIND, "h-pharmacy-peak", waiting + " patients wait at the pharmacy and " + staffed
                + " dispensing window(s) are staffed: open another pharmacy window (药房高峰，请增开发药窗口)", null, PHARMACY, null));
    }
}
