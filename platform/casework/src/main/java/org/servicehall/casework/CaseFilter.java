package org.servicehall.casework;

/**
 * Which cases a list shows; a null field does not filter. {@link #unit} {@code ""} stands for the
 * front window.
 */
public record CaseFilter(Boolean open, Light light, String serviceCode, String unit, Integer window, String staffNumber, CaseStage stage) {
    /** Every case of the site. */
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null);
    /** The open cases (supervision). */
    public static final CaseFilter OPEN = new CaseFilter(true, null, null, null, null, null, null);

    public CaseFilter withLight(Light value) {
        return new CaseFilter(open, value, serviceCode, unit, window, staffNumber, stage);
    }
}
