package jp.tsunagu.matching.solver;

import org.optaplanner.core.config.phase.PhaseConfig;

/**
 * The switch for a seed phase before the construction heuristic: placements taken from the exact
 * min-cost-flow optimum over the pruned pairs. Off unless the system property
 * {@value #PROPERTY} is {@code true} and the flow optimum is part of the build.
 */
final class FlowSeed {

    static final String PROPERTY = "tsunagu.matching.flowSeed";

    private FlowSeed() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY) && available();
    }

    /** Whether this build contains the flow optimum. */
    static boolean available() {
        return false;
    }

    static PhaseConfig<?> phaseConfig() {
        throw new IllegalStateException("the flow seed is not part of this build");
    }
}
