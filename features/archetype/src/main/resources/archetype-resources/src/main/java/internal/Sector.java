package ${package}.internal;

/** The sector this plugin contributes to: the Hall-Sector header and the feature servicehall-${sector}. */
final class Sector {
    static final String NAME = "${sector}";

    private Sector() {
    }
}
