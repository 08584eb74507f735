package jp.tsunagu.matching.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import jp.tsunagu.candidate.TravelMode;

/**
 * A prefecture's matching settings: the travel formula, its limits, and the weights of the soft
 * goals. The documented defaults live in {@code solver-config/matching.properties}; a prefecture
 * overrides any of them.
 *
 * @param maxMinutesByMode      the prefecture's limit on a one-way journey, per mode, whatever a person allows
 * @param speeds                the travel formula per mode
 * @param intraMunicipalKm      assumed distance of a journey inside one's own municipality
 * @param workReadinessMonths   length of 就労準備支援 before an extension is needed
 * @param maxSlotsPerCandidate  pruning: the nearest feasible slots a person is offered to the solver
 */
public record MatchingSettings(
        Map<TravelMode, Integer> maxMinutesByMode,
        Map<TravelMode, TravelSpeed> speeds,
        double intraMunicipalKm,
        int workReadinessMonths,
        int maxSlotsPerCandidate,
        int solveSeconds,
        int unimprovedSeconds,
        int weightPlacementBase,
        int weightPerPriority,
        int weightPerWaitingWeek,
        int maxWaitingWeeks,
        int weightTravelMinute,
        int weightInterest,
        int weightLocalMunicipality,
        int weightLocalWideArea,
        int weightFairness,
        int weightStability,
        int weightHostSpread,
        int weightColdHost) {

    public static final String DEFAULTS_RESOURCE = "solver-config/matching.properties";

    public MatchingSettings {
        maxMinutesByMode = Map.copyOf(maxMinutesByMode);
        speeds = Map.copyOf(speeds);
    }

    /** The documented defaults, from {@value #DEFAULTS_RESOURCE} on the class path. */
    public static MatchingSettings defaults() {
        try (InputStream in = MatchingSettings.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return fromProperties(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads settings from properties named as in {@code solver-config/matching.properties}; every key is required. */
    public static MatchingSettings fromProperties(Properties p) {
        Map<TravelMode, Integer> limits = new EnumMap<>(TravelMode.class);
        Map<TravelMode, TravelSpeed> speeds = new EnumMap<>(TravelMode.class);
        for (TravelMode mode : TravelMode.values()) {
            String key = "travel." + mode.name().toLowerCase();
            limits.put(mode, integer(p, key + ".maxMinutes"));
            speeds.put(mode, new TravelSpeed(decimal(p, key + ".kmPerHour"), decimal(p, key + ".detourFactor"),
                    integer(p, key + ".waitMinutes")));
        }
        return new MatchingSettings(limits, speeds,
                decimal(p, "travel.intraMunicipalKm"),
                integer(p, "programme.workReadinessMonths"),
                integer(p, "solver.maxSlotsPerCandidate"),
                integer(p, "solver.solveSeconds"),
                integer(p, "solver.unimprovedSeconds"),
                integer(p, "weight.placementBase"),
                integer(p, "weight.perPriority"),
                integer(p, "weight.perWaitingWeek"),
                integer(p, "weight.maxWaitingWeeks"),
                integer(p, "weight.travelMinute"),
                integer(p, "weight.interest"),
                integer(p, "weight.localMunicipality"),
                integer(p, "weight.localWideArea"),
                integer(p, "weight.fairness"),
                integer(p, "weight.stability"),
                integer(p, "weight.hostSpread"),
                integer(p, "weight.coldHost"));
    }

    /** The same settings with other solving time limits (a benchmark's, or a quick test's). */
    public MatchingSettings withSolveTime(int newSolveSeconds, int newUnimprovedSeconds) {
        return new MatchingSettings(maxMinutesByMode, speeds, intraMunicipalKm, workReadinessMonths,
                maxSlotsPerCandidate, newSolveSeconds, newUnimprovedSeconds, weightPlacementBase, weightPerPriority,
                weightPerWaitingWeek, maxWaitingWeeks, weightTravelMinute, weightInterest, weightLocalMunicipality,
                weightLocalWideArea, weightFairness, weightStability, weightHostSpread, weightColdHost);
    }

    /** How much placing this person is worth: the base, more for priority, more for each week waited. */
    public long placementWeight(int priority, long weeksWaiting) {
        return weightPlacementBase + (long) weightPerPriority * priority
                + (long) weightPerWaitingWeek * Math.min(Math.max(weeksWaiting, 0), maxWaitingWeeks);
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(required(p, key));
    }

    private static double decimal(Properties p, String key) {
        return Double.parseDouble(required(p, key));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("matching setting '" + key + "' is missing");
        }
        return value.trim();
    }
}
