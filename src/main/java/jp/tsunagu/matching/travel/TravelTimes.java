package jp.tsunagu.matching.travel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.matching.problem.PickUpRun;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TravelOverride;
import jp.tsunagu.matching.problem.TravelSpeed;

/**
 * One-way minutes per travel mode between every pair of municipalities (市町村間の通所時間), computed
 * once per round: {@code haversine km × detourFactor / kmPerHour × 60 + waitMinutes}, rounded to the
 * nearest minute. A journey inside one municipality uses {@code settings.intraMunicipalKm} instead
 * of the office-to-office distance (zero). A measured {@link TravelOverride} replaces the formula
 * for its mode and pair; it is taken to hold in both directions unless the reverse is measured too.
 *
 * <p>Immutable after construction; safe to share between threads.
 */
public final class TravelTimes {

    private static final TravelMode[] MODES = TravelMode.values();

    private final MatchingSettings settings;
    private final Map<String, Integer> indexByCode;
    private final int size;
    /** [mode ordinal][from * size + to] */
    private final int[][] minutes;

    private TravelTimes(List<MunicipalityFact> municipalities, List<TravelOverride> overrides,
                        MatchingSettings settings) {
        this.settings = settings;
        this.size = municipalities.size();
        this.indexByCode = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            if (indexByCode.put(municipalities.get(i).code(), i) != null) {
                throw new IllegalArgumentException("municipality " + municipalities.get(i).code() + " is listed twice");
            }
        }
        this.minutes = new int[MODES.length][size * size];
        for (TravelMode mode : MODES) {
            TravelSpeed speed = settings.speeds().get(mode);
            int[] table = minutes[mode.ordinal()];
            for (int from = 0; from < size; from++) {
                for (int to = 0; to < size; to++) {
                    double km = from == to ? settings.intraMunicipalKm()
                            : haversineKm(municipalities.get(from), municipalities.get(to));
                    table[from * size + to] = formulaMinutes(km, speed);
                }
            }
        }
        applyOverrides(overrides);
    }

    /** The travel table of a round; {@code problem.settings()} null means the defaults. */
    public static TravelTimes of(MatchingProblem problem) {
        MatchingSettings settings = problem.settings() != null ? problem.settings() : MatchingSettings.defaults();
        return of(problem.municipalities(), problem.travelOverrides(), settings);
    }

    public static TravelTimes of(List<MunicipalityFact> municipalities, List<TravelOverride> overrides,
                                 MatchingSettings settings) {
        return new TravelTimes(municipalities, overrides, settings);
    }

    private void applyOverrides(List<TravelOverride> overrides) {
        // Reverse directions first, so that a measured reverse journey always wins over a mirrored one.
        for (TravelOverride o : overrides) {
            minutes[o.mode().ordinal()][requireIndex(o.toCode()) * size + requireIndex(o.fromCode())] = o.minutes();
        }
        for (TravelOverride o : overrides) {
            minutes[o.mode().ordinal()][requireIndex(o.fromCode()) * size + requireIndex(o.toCode())] = o.minutes();
        }
    }

    static int formulaMinutes(double km, TravelSpeed speed) {
        return (int) Math.round(km * speed.detourFactor() / speed.kmPerHour() * 60.0) + speed.waitMinutes();
    }

    static double haversineKm(MunicipalityFact a, MunicipalityFact b) {
        return a.distanceKm(b);
    }

    public MatchingSettings settings() {
        return settings;
    }

    public int municipalityCount() {
        return size;
    }

    /** The index of a municipality in this table, or -1 if the round does not know it. */
    public int indexOf(String municipalityCode) {
        Integer index = indexByCode.get(municipalityCode);
        return index == null ? -1 : index;
    }

    private int requireIndex(String municipalityCode) {
        int index = indexOf(municipalityCode);
        if (index < 0) {
            throw new IllegalArgumentException("unknown municipality " + municipalityCode);
        }
        return index;
    }

    /** One-way minutes by a mode between two municipalities, by their indices. */
    public int minutes(TravelMode mode, int from, int to) {
        return minutes[mode.ordinal()][from * size + to];
    }

    /** One-way minutes by a mode between two municipalities, by their JIS codes. */
    public int minutes(TravelMode mode, String fromCode, String toCode) {
        return minutes(mode, requireIndex(fromCode), requireIndex(toCode));
    }

    /** The longest one-way journey the person may make by this mode. */
    public int limitMinutes(int personMaxOneWayMinutes, TravelMode mode) {
        Integer prefectureLimit = settings.maxMinutesByMode().get(mode);
        return prefectureLimit == null ? personMaxOneWayMinutes : Math.min(personMaxOneWayMinutes, prefectureLimit);
    }

    /**
     * The journey of a person to a slot's host.
     *
     * @param candidate        the person
     * @param slot             the slot; its {@code pickUpFrom} decides whether a pick-up is offered, and
     *                         its own run from the person's municipality, if it has one, how long it takes
     * @param hostMunicipality the JIS code of the slot's host
     */
    public Journey journey(CandidateFact candidate, SlotFact slot, String hostMunicipality) {
        return journey(requireIndex(candidate.municipalityCode()), candidate.travelMode(), candidate.maxOneWayMinutes(),
                requireIndex(hostMunicipality), pickUpMinutes(slot, candidate.municipalityCode()));
    }

    /**
     * What a slot's pick-up from a municipality takes: {@link #NO_PICK_UP} when it offers none,
     * {@link #TABLE_MINUTES} when it offers one without a run of its own, else the run's minutes.
     */
    public static int pickUpMinutes(SlotFact slot, String municipalityCode) {
        if (!slot.pickUpFrom().contains(municipalityCode)) {
            return NO_PICK_UP;
        }
        PickUpRun run = slot.runFrom(municipalityCode);
        return run == null ? TABLE_MINUTES : run.minutes();
    }

    /** {@link #pickUpMinutes}: the slot offers no pick-up from the municipality. */
    public static final int NO_PICK_UP = -1;
    /** {@link #pickUpMinutes}: a pick-up takes the table's minutes between the municipalities. */
    public static final int TABLE_MINUTES = -2;

    /** The journey by index, with a pick-up in the table's minutes or none. */
    public Journey journey(int from, TravelMode ownMode, int personMaxMinutes, int to, boolean pickUpOffered) {
        return journey(from, ownMode, personMaxMinutes, to, pickUpOffered ? TABLE_MINUTES : NO_PICK_UP);
    }

    /**
     * The journey by index: the person's own mode, or the host's pick-up when it is offered from
     * their municipality, whichever is allowed and shorter. A person whose mode is
     * {@link TravelMode#PICK_UP} can come only by a pick-up. When neither option is within its
     * limit, the one that misses it by less is returned (its excess is the penalty).
     *
     * @param pickUpMinutes the slot's run minutes, or {@link #NO_PICK_UP} or {@link #TABLE_MINUTES}
     */
    public Journey journey(int from, TravelMode ownMode, int personMaxMinutes, int to, int pickUpMinutes) {
        Journey pickUp = null;
        if (pickUpMinutes != NO_PICK_UP) {
            int minutes = pickUpMinutes == TABLE_MINUTES ? minutes(TravelMode.PICK_UP, from, to) : pickUpMinutes;
            pickUp = new Journey(TravelMode.PICK_UP, minutes, limitMinutes(personMaxMinutes, TravelMode.PICK_UP), true);
        }
        if (ownMode == TravelMode.PICK_UP) {
            return pickUp != null ? pickUp
                    : new Journey(TravelMode.PICK_UP, minutes(TravelMode.PICK_UP, from, to), 0, false);
        }
        Journey own = new Journey(ownMode, minutes(ownMode, from, to), limitMinutes(personMaxMinutes, ownMode), true);
        if (pickUp == null) {
            return own;
        }
        if (own.reachable() != pickUp.reachable()) {
            return own.reachable() ? own : pickUp;
        }
        if (own.reachable()) {
            return pickUp.minutes() < own.minutes() ? pickUp : own;
        }
        return pickUp.excessMinutes() < own.excessMinutes() ? pickUp : own;
    }
}
