package jp.tsunagu.sample;

/** The codes of {@code sample-data/accommodations.csv} the sample distributions refer to. */
final class Accommodations {

    static final String LITTLE_CONTACT = "little_contact";
    static final String QUIET_PLACE = "quiet_place";
    static final String SHORT_HOURS = "short_hours";
    static final String NO_HEAVY_LIFTING = "no_heavy_lifting";
    static final String WRITTEN_INSTRUCTIONS = "written_instructions";
    static final String STEADY_SUPERVISOR = "steady_supervisor";
    static final String DAY_ONE_ACCOMPANIMENT = "day_one_accompaniment";
    static final String WHEELCHAIR_ACCESS = "wheelchair_access";
    static final String SAME_GENDER_ENVIRONMENT = "same_gender_environment";
    static final String FLEXIBLE_BREAKS = "flexible_breaks";

    private Accommodations() {
    }
}
