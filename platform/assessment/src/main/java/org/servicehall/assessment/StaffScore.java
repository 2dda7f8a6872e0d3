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

    /** A builder with every value 0 and empty details. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this score's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .staffNumber(staffNumber)
                .staffName(staffName)
                .attitude(attitude)
                .efficiency(efficiency)
                .discipline(discipline)
                .ability(ability)
                .total(total)
                .rank(rank)
                .details(details);
    }

    /** Builds a {@link StaffScore} by name, so that a value added in a later version is not a breaking change. */
    public static final class Builder {
        private String staffNumber;
        private String staffName;
        private double attitude;
        private double efficiency;
        private double discipline;
        private double ability;
        private double total;
        private int rank;
        private String details = "";

        private Builder() {
        }

        public Builder staffNumber(String staffNumber) {
            this.staffNumber = staffNumber;
            return this;
        }

        public Builder staffName(String staffName) {
            this.staffName = staffName;
            return this;
        }

        public Builder attitude(double attitude) {
            this.attitude = attitude;
            return this;
        }

        public Builder efficiency(double efficiency) {
            this.efficiency = efficiency;
            return this;
        }

        public Builder discipline(double discipline) {
            this.discipline = discipline;
            return this;
        }

        public Builder ability(double ability) {
            this.ability = ability;
            return this;
        }

        public Builder total(double total) {
            this.total = total;
            return this;
        }

        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        public Builder details(String details) {
            this.details = details;
            return this;
        }

        public StaffScore build() {
            return new StaffScore(staffNumber, staffName, attitude, efficiency, discipline, ability, total, rank, details);
        }
    }
}
