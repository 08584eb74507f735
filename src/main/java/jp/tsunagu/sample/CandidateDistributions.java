package jp.tsunagu.sample;

import static jp.tsunagu.sample.Accommodations.DAY_ONE_ACCOMPANIMENT;
import static jp.tsunagu.sample.Accommodations.FLEXIBLE_BREAKS;
import static jp.tsunagu.sample.Accommodations.LITTLE_CONTACT;
import static jp.tsunagu.sample.Accommodations.NO_HEAVY_LIFTING;
import static jp.tsunagu.sample.Accommodations.QUIET_PLACE;
import static jp.tsunagu.sample.Accommodations.SAME_GENDER_ENVIRONMENT;
import static jp.tsunagu.sample.Accommodations.SHORT_HOURS;
import static jp.tsunagu.sample.Accommodations.STEADY_SUPERVISOR;
import static jp.tsunagu.sample.Accommodations.WHEELCHAIR_ACCESS;
import static jp.tsunagu.sample.Accommodations.WRITTEN_INSTRUCTIONS;

import java.util.List;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.region.MunicipalityKind;
import jp.tsunagu.registry.WorkKind;

/**
 * The candidate-side parameters of the sample, in one place. {@code sample-data/README.md} gives the
 * reason and the source for each; change both together.
 */
final class CandidateDistributions {

    /**
     * Weight of one city, one town, one village as a person's home, used while the municipality file
     * has no population: a Nagano city is several times a town, a town a few times a village.
     */
    static double homeWeight(MunicipalityKind kind) {
        return switch (kind) {
            case CITY -> 12;
            case TOWN -> 3;
            case VILLAGE -> 1;
        };
    }

    /** Age bands drive travel (免許返納) and some needs; the person's age itself is not in a problem. */
    enum AgeBand { YOUNG, MIDDLE, ELDER }

    static final Weighted<AgeBand> AGE_BAND = Weighted.<AgeBand>of()
            .with(AgeBand.YOUNG, 42)   // under 40: 不登校 after-effects, repeated short jobs
            .with(AgeBand.MIDDLE, 45)  // 40-64: 就職氷河期世代, 8050 problem
            .with(AgeBand.ELDER, 13);  // 65 and over

    /** Travel mode by kind of home municipality, before the elder adjustment (car, bus/train, bicycle, walk, pick-up). */
    static Weighted<TravelMode> travelMode(MunicipalityKind kind, AgeBand age) {
        double[] w = switch (kind) {
            case CITY -> new double[] {40, 31, 16, 5, 8};
            case TOWN -> new double[] {45, 23, 10, 4, 18};
            case VILLAGE -> new double[] {40, 16, 6, 3, 35};
        };
        if (age == AgeBand.ELDER) {
            // Many elderly people gave up their licence (免許返納): 60% of the car share moves to pick-up and bus.
            double moved = w[0] * 0.6 + w[2] * 0.5;
            w[0] -= w[0] * 0.6;
            w[2] -= w[2] * 0.5;
            w[4] += moved * 0.6;
            w[1] += moved * 0.4;
        }
        return Weighted.<TravelMode>of()
                .with(TravelMode.CAR, w[0])
                .with(TravelMode.PUBLIC_TRANSPORT, w[1])
                .with(TravelMode.BICYCLE, w[2])
                .with(TravelMode.WALK, w[3])
                .with(TravelMode.PICK_UP, w[4]);
    }

    /**
     * The longest one-way journey a person accepts, by mode: people who depend on the bus know it is
     * slow and accept longer trips; walkers and cyclists less.
     */
    static Weighted<Integer> maxOneWayMinutes(TravelMode mode) {
        return switch (mode) {
            case CAR -> Weighted.<Integer>of().with(20, 15).with(30, 35).with(40, 20).with(45, 15).with(60, 15);
            case PUBLIC_TRANSPORT -> Weighted.<Integer>of().with(30, 10).with(45, 30).with(60, 35).with(75, 15)
                    .with(90, 10);
            case BICYCLE -> Weighted.<Integer>of().with(20, 15).with(30, 35).with(40, 35).with(45, 15);
            case WALK -> Weighted.<Integer>of().with(15, 25).with(20, 35).with(30, 40);
            case PICK_UP -> Weighted.<Integer>of().with(30, 25).with(45, 35).with(60, 40);
        };
    }

    static final Weighted<Programme> PROGRAMME = Weighted.<Programme>of()
            .with(Programme.WORK_READINESS, 28)
            .with(Programme.WORK_EXPERIENCE, 25)
            .with(Programme.PARTICIPATION, 20)
            .with(Programme.CERTIFIED_TRAINING_NON_EMPLOYED, 12)
            .with(Programme.FARM_EXPERIENCE, 10)
            .with(Programme.CERTIFIED_TRAINING_EMPLOYED, 5);

    /** Share of 就労準備支援 participants past one year; half of them have a recorded extension. */
    static final double WORK_READINESS_PAST_ONE_YEAR = 0.08;

    /** A pacing stage (ステップ): hours per day and days per week the person manages now. */
    record Stage(int hoursPerDay, int daysPerWeek) {
    }

    static final List<Stage> STAGES = List.of(new Stage(2, 2), new Stage(3, 2), new Stage(3, 3), new Stage(4, 3),
            new Stage(4, 4), new Stage(5, 4), new Stage(6, 5));

    /** Most people are in an early stage; 認定就労訓練 (雇用型) people are further on, 居場所 people at the start. */
    static Weighted<Stage> stage(Programme programme) {
        int[] w = switch (programme) {
            case PARTICIPATION -> new int[] {45, 30, 15, 10, 0, 0, 0};
            case WORK_READINESS -> new int[] {22, 22, 22, 16, 10, 5, 3};
            case CERTIFIED_TRAINING_EMPLOYED -> new int[] {0, 0, 10, 20, 25, 25, 20};
            default -> new int[] {20, 18, 20, 16, 12, 8, 6};
        };
        Weighted<Stage> stage = Weighted.of();
        for (int i = 0; i < STAGES.size(); i++) {
            stage.with(STAGES.get(i), w[i]);
        }
        return stage;
    }

    /** Why a person's week is limited. */
    enum Availability { FULL_WEEK, ONE_DAY_OFF, PARENT_CARE, CHILD_CARE, AFTERNOONS, WITH_SATURDAY }

    static final Weighted<Availability> AVAILABILITY = Weighted.<Availability>of()
            .with(Availability.FULL_WEEK, 50)
            .with(Availability.ONE_DAY_OFF, 15)      // a hospital or counselling day
            .with(Availability.PARENT_CARE, 14)      // free only on the parent's day-service days
            .with(Availability.CHILD_CARE, 11)       // school hours only
            .with(Availability.AFTERNOONS, 5)        // disturbed sleep rhythm: afternoons only
            .with(Availability.WITH_SATURDAY, 5);

    /** Earliest start of a day for people whose day is not limited by caring or rhythm. */
    static final Weighted<java.time.LocalTime> DAY_STARTS = Weighted.<java.time.LocalTime>of()
            .with(java.time.LocalTime.of(8, 0), 35)
            .with(java.time.LocalTime.of(9, 0), 50)
            .with(java.time.LocalTime.of(10, 0), 15);

    static final Weighted<Integer> NEED_COUNT = Weighted.<Integer>of()
            .with(0, 30).with(1, 35).with(2, 22).with(3, 10).with(4, 3);

    static Weighted<String> need(AgeBand age) {
        return Weighted.<String>of()
                .with(LITTLE_CONTACT, 20)
                .with(QUIET_PLACE, 15)
                .with(SHORT_HOURS, 15)
                .with(STEADY_SUPERVISOR, 15)
                .with(NO_HEAVY_LIFTING, age == AgeBand.ELDER ? 30 : 10)
                .with(WRITTEN_INSTRUCTIONS, 12)
                .with(DAY_ONE_ACCOMPANIMENT, 10)
                .with(FLEXIBLE_BREAKS, 10)
                .with(SAME_GENDER_ENVIRONMENT, 4)
                .with(WHEELCHAIR_ACCESS, age == AgeBand.ELDER ? 4 : 1.5);
    }

    static final Weighted<WorkKind> INTEREST = Weighted.<WorkKind>of()
            .with(WorkKind.LIGHT_WORK, 15)
            .with(WorkKind.FARMING, 12)
            .with(WorkKind.DATA_ENTRY, 12)
            .with(WorkKind.CLEANING, 10)
            .with(WorkKind.KITCHEN_HELP, 10)
            .with(WorkKind.MANUFACTURING, 10)
            .with(WorkKind.GARDENING, 10)
            .with(WorkKind.OFFICE_ASSIST, 8)
            .with(WorkKind.CARE_ASSIST, 7)
            .with(WorkKind.SALES, 6);

    static final Weighted<Integer> INTEREST_COUNT = Weighted.<Integer>of().with(1, 40).with(2, 40).with(3, 20);

    /** Past conflict or family ties with a nearby host (除外). */
    static final double ONE_EXCLUSION = 0.03;
    static final double TWO_EXCLUSIONS = 0.01;

    static final Weighted<Integer> PRIORITY = Weighted.<Integer>of()
            .with(1, 45).with(2, 25).with(3, 15).with(4, 10).with(5, 5);

    static final int MAX_WAITING_WEEKS = 40;

    /** Had a proposal in last week's round (the stability goal keeps it unless the gain is real). */
    static final double HAD_PROPOSAL_LAST_ROUND = 0.08;

    /** Share of people already in a running placement, pinned to it (at least two per week). */
    static final double PINNED = 0.01;

    private CandidateDistributions() {
    }
}
