package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jp.tsunagu.matching.solver.WeeklyMatcher;

/** One matcher per service instance: building it compiles the constraints, which is done once. */
@ApplicationScoped
public class MatcherProducer {

    /** A pseudo-scoped singleton: the matcher is an immutable, final class that CDI cannot proxy. */
    @Produces
    @Singleton
    WeeklyMatcher weeklyMatcher() {
        return WeeklyMatcher.fromDefaultConfig();
    }
}
