package jp.tsunagu.matching.problem;

import java.time.LocalDate;
import java.util.List;

/**
 * One prefecture's pool for one weekly round (週次マッチング): the people waiting, the open trial
 * slots, and the reference data needed to judge a pair. The root of a problem file.
 *
 * @param prefectureCode  two-digit prefecture code, e.g. {@code "20"} for 長野県
 * @param prefectureName  e.g. {@code "長野県"}
 * @param roundStart      first day (a Monday) of the week the proposals are for; seasons and
 *                        programme limits are judged on this date
 * @param travelOverrides measured municipality-to-municipality minutes that replace the formula
 * @param settings        weights and limits; {@code null} means the defaults of {@code solver-config/}
 */
public record MatchingProblem(
        String prefectureCode,
        String prefectureName,
        LocalDate roundStart,
        List<MunicipalityFact> municipalities,
        List<AccommodationFact> accommodations,
        List<HostFact> hosts,
        List<SupervisorFact> supervisors,
        List<TaskFact> tasks,
        List<SlotFact> slots,
        List<CandidateFact> candidates,
        List<TravelOverride> travelOverrides,
        MatchingSettings settings) {

    public MatchingProblem {
        municipalities = Facts.list(municipalities);
        accommodations = Facts.list(accommodations);
        hosts = Facts.list(hosts);
        supervisors = Facts.list(supervisors);
        tasks = Facts.list(tasks);
        slots = Facts.list(slots);
        candidates = Facts.list(candidates);
        travelOverrides = Facts.list(travelOverrides);
    }

    /** The same problem with other settings (a prefecture's own, or a benchmark's). */
    public MatchingProblem withSettings(MatchingSettings newSettings) {
        return new MatchingProblem(prefectureCode, prefectureName, roundStart, municipalities, accommodations,
                hosts, supervisors, tasks, slots, candidates, travelOverrides, newSettings);
    }
}
