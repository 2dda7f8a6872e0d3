package org.servicehall.assessment;

/**
 * M1: one staff member's assessment in a period: the four parts (0-100), the weighted total, the
 * rank within the site (ties share a rank: 1, 2, 2, 4) and a short account of the inputs.
 */
public record StaffScore(String staffNumber, String staffName, double attitude, double efficiency, double discipline, double ability,
        double total, int rank, String details) {

    public double part(Part part) {
        return switch (part) {
            case ATTITUDE -> attitude;
            case EFFICIENCY -> efficiency;
            case DISCIPLINE -> discipline;
            case ABILITY -> ability;
        };
    }
}
