package jp.tsunagu.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MunicipalityFact;

/**
 * Generates one realistic week of the sample prefecture (長野県) as a {@link MatchingProblem}:
 * about 300 people, 250 hosts and 450 trial slots at the default scale, times 10 or 100 for the
 * larger scales, always including the {@link Personas}. The same seed and scale give the same
 * problem, down to the byte of its problem file.
 */
public final class SampleWeekGenerator {

    /** The seed of the committed sample week ({@code sample-data/nagano/week-default.json}). */
    public static final long DEFAULT_SEED = 20261130L;
    /**
     * A Monday at the end of November: open-field farm work is over, the apple harvest is in its last
     * week and the mushroom sheds run all year, so the season rule matters.
     */
    public static final LocalDate ROUND_START = LocalDate.of(2026, 11, 30);

    public static final int CANDIDATES_PER_SCALE = 300;
    public static final int HOSTS_PER_SCALE = 250;
    public static final int SLOTS_PER_SCALE = 450;

    private static final String PREFECTURE_CODE = "20";
    private static final String PREFECTURE_NAME = "長野県";

    private final List<MunicipalityCatalogue.Entry> municipalities;

    public SampleWeekGenerator() {
        this(MunicipalityCatalogue.load(MunicipalityCatalogue.NAGANO));
    }

    SampleWeekGenerator(List<MunicipalityCatalogue.Entry> municipalities) {
        this.municipalities = municipalities;
    }

    /** The committed sample week: default seed, default scale. */
    public static MatchingProblem defaultWeek() {
        return new SampleWeekGenerator().generate(DEFAULT_SEED, SampleScale.DEFAULT);
    }

    public MatchingProblem generate(long seed, SampleScale scale) {
        List<MunicipalityFact> facts = municipalities.stream().map(MunicipalityCatalogue.Entry::fact).toList();
        Map<String, MunicipalityFact> byCode = new LinkedHashMap<>();
        facts.forEach(m -> byCode.put(m.code(), m));

        HostSample hosts = new HostSampler(Draw.stream(seed, "hosts"), facts, ROUND_START)
                .sample(HOSTS_PER_SCALE * scale.factor(), SLOTS_PER_SCALE * scale.factor());

        List<CandidateFact> candidates = new ArrayList<>(Personas.all(byCode, ROUND_START));
        candidates.addAll(new CandidateSampler(Draw.stream(seed, "candidates"), municipalities, hosts, ROUND_START)
                .sample(Personas.COUNT + 1L, CANDIDATES_PER_SCALE * scale.factor() - Personas.COUNT));

        return new MatchingProblem(PREFECTURE_CODE, PREFECTURE_NAME, ROUND_START, facts,
                AccommodationCatalogue.load(), hosts.hosts(), hosts.supervisors(), hosts.tasks(), hosts.slots(),
                candidates, List.of(), null);
    }
}
