package org.servicehall.conduct;

/**
 * A quarrel or dispute at a window (C8), escalated at once to the supervision desk instead of being
 * argued out (禁止与服务对象吵架).
 *
 * @param staffNumber the staff member at the window
 * @param escalatedTo who takes it over: the chief representative or the supervision desk (首席代表、监察台)
 */
public record DisputeDraft(int windowNumber, String staffNumber, String description, String escalatedTo) {
}
