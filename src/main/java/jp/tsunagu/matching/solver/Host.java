package jp.tsunagu.matching.solver;

import jp.tsunagu.matching.problem.HostFact;

/**
 * A host as the constraints see it: identity equality (a fast grouping key) and the figures the
 * soft goals read, computed once.
 */
public final class Host {

    /** A host cold for longer than this counts no colder: the reward must not swamp travel. */
    static final int MAX_COLD_WEEKS = 12;

    private final HostFact fact;
    private final int municipalityIndex;
    private final String wideArea;

    public Host(HostFact fact, int municipalityIndex, String wideArea) {
        this.fact = fact;
        this.municipalityIndex = municipalityIndex;
        this.wideArea = wideArea;
    }

    public HostFact fact() {
        return fact;
    }

    public long id() {
        return fact.id();
    }

    public int municipalityIndex() {
        return municipalityIndex;
    }

    public String wideArea() {
        return wideArea;
    }

    /** The size of the reward for giving this host a trial: 1 + weeks without one (capped). */
    public int coldTrialWeight() {
        return 1 + Math.min(Math.max(fact.weeksWithoutTrial(), 0), MAX_COLD_WEEKS);
    }

    @Override
    public String toString() {
        return fact.name() + "(" + fact.id() + ")";
    }
}
