package jp.tsunagu.placement;

import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.platform.PrefectureSettings;

/**
 * The lifecycle's settings (solver-config/lifecycle.properties, overridable per prefecture): when
 * follow-ups fall due, the ladder of pacing stages and when attendance suggests a step, and how
 * early counters are warned of the 就労準備支援 limit.
 */
public record LifecycleSettings(List<Period> followUpAfter, List<PacingStage> pacingStages, int steadyWeeksForStepUp,
                                int absentWeeksForStepDown, Period programmeLimitWarning, int workReadinessMonths) {

    public static final String DEFAULTS_RESOURCE = "solver-config/lifecycle.properties";

    public LifecycleSettings {
        followUpAfter = List.copyOf(followUpAfter);
        pacingStages = pacingStages.stream().sorted(Comparator.comparingInt(PacingStage::weeklyHours)
                .thenComparingInt(PacingStage::hoursPerDay)).toList();
        if (steadyWeeksForStepUp < 1 || absentWeeksForStepDown < 1) {
            throw new IllegalArgumentException("the weeks before a step is suggested must be at least 1");
        }
    }

    /** The documented defaults of both settings files, for a prefecture to lay its overrides over. */
    public static Properties defaultProperties() {
        Properties defaults = MatchingSettings.defaultProperties();
        defaults.putAll(PrefectureSettings.load(DEFAULTS_RESOURCE));
        return defaults;
    }

    /** The documented defaults, as a network without overrides uses them. */
    public static LifecycleSettings defaults() {
        return fromProperties(defaultProperties());
    }

    /** Reads the settings; {@code programme.workReadinessMonths} comes from the matching settings. */
    public static LifecycleSettings fromProperties(Properties p) {
        return new LifecycleSettings(
                Arrays.stream(required(p, "lifecycle.followUp.after").split(",")).map(String::trim).map(Period::parse).toList(),
                Arrays.stream(required(p, "lifecycle.pacing.stages").split(",")).map(PacingStage::parse).toList(),
                Integer.parseInt(required(p, "lifecycle.stepUp.steadyWeeks").trim()),
                Integer.parseInt(required(p, "lifecycle.stepDown.absentWeeks").trim()),
                Period.parse(required(p, "lifecycle.programmeLimit.warnBefore").trim()),
                Integer.parseInt(required(p, "programme.workReadinessMonths").trim()));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("setting " + key + " is missing");
        }
        return value;
    }

    /** The first rung of the ladder asking more weekly hours than {@code now}, if any. */
    public Optional<PacingStage> stageAbove(PacingStage now) {
        return pacingStages.stream().filter(s -> s.weeklyHours() > now.weeklyHours()).findFirst();
    }

    /** The last rung asking fewer weekly hours than {@code now}, if any. */
    public Optional<PacingStage> stageBelow(PacingStage now) {
        return pacingStages.stream().filter(s -> s.weeklyHours() < now.weeklyHours()).reduce((a, b) -> b);
    }
}
