package jp.tsunagu.matching.rules;

import java.time.LocalDate;
import java.util.Arrays;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.HostFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.MatchingSettings;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.matching.travel.Journey;
import jp.tsunagu.matching.travel.TravelTimes;

/**
 * The pairwise rules bound to one round: its first day, its settings and its travel table. Answers
 * which rules a person × slot pair breaks, as a {@link PairRule} bit mask (0: the pair is feasible).
 * Immutable; safe to share between threads.
 */
public final class PairJudge {

    private final LocalDate roundStart;
    private final MatchingSettings settings;
    private final TravelTimes travel;

    public PairJudge(LocalDate roundStart, TravelTimes travel) {
        this.roundStart = roundStart;
        this.settings = travel.settings();
        this.travel = travel;
    }

    /** The judge of a problem's round; {@code problem.settings()} null means the defaults. */
    public static PairJudge of(MatchingProblem problem) {
        return new PairJudge(problem.roundStart(), TravelTimes.of(problem));
    }

    public LocalDate roundStart() {
        return roundStart;
    }

    public MatchingSettings settings() {
        return settings;
    }

    public TravelTimes travel() {
        return travel;
    }

    /** The journey of a person to a slot of a host. */
    public Journey journey(CandidateFact candidate, SlotFact slot, HostFact host) {
        return travel.journey(candidate, slot, host.municipalityCode());
    }

    /** The rules the pair breaks, computing the journey. */
    public int brokenRules(CandidateFact candidate, SlotFact slot, TaskFact task, HostFact host) {
        return brokenRules(candidate, slot, task, host, journey(candidate, slot, host));
    }

    /** The rules the pair breaks, given its journey. */
    public int brokenRules(CandidateFact candidate, SlotFact slot, TaskFact task, HostFact host, Journey journey) {
        int broken = 0;
        for (PairRule rule : PairRule.all()) {
            if (!passes(rule, candidate, slot, task, host, journey)) {
                broken |= rule.bit();
            }
        }
        return broken;
    }

    /** Whether the pair passes every rule. */
    public boolean feasible(CandidateFact candidate, SlotFact slot, TaskFact task, HostFact host, Journey journey) {
        return brokenRules(candidate, slot, task, host, journey) == 0;
    }

    /** Whether the pair passes one rule: the single dispatch from a rule to its definition. */
    public boolean passes(PairRule rule, CandidateFact candidate, SlotFact slot, TaskFact task, HostFact host,
                          Journey journey) {
        return switch (rule) {
            case SCHEDULE_WITHIN_AVAILABILITY -> PairRules.scheduleWithinAvailability(candidate, slot);
            case SLOT_OPEN_IN_ROUND_WEEK -> PairRules.slotOpenInRoundWeek(slot, roundStart);
            case PACING_WITHIN_STAGE -> PairRules.pacingWithinStage(candidate, slot);
            case STEP_UP_REACHES_NEW_STAGE -> PairRules.stepUpReachesNewStage(candidate, slot);
            case ACCOMMODATIONS_COVERED -> PairRules.accommodationsCovered(candidate, task, host);
            case TRAVEL_WITHIN_REACH -> PairRules.travelWithinReach(journey);
            case PROGRAMME_ACCEPTED -> PairRules.programmeAccepted(candidate, slot);
            case PROGRAMME_TIME_LIMIT -> PairRules.programmeTimeLimit(candidate, roundStart, settings);
            case EXCLUSION_RESPECTED -> PairRules.exclusionRespected(candidate, host);
            case SLOT_EXCLUSION_RESPECTED -> PairRules.slotExclusionRespected(candidate, slot);
        };
    }

    /**
     * What of a person a rule reads, for the rules that read nothing else of the pair but the slot,
     * its task and host (and the round): two people with equal keys pass such a rule for exactly the
     * same slots, so it can be judged once for everyone who shares the key. Null for the rules that
     * read more: travel reads the journey, exclusions the person's own lists of hosts and slots. Follows
     * the definitions in {@link PairRules}, next to {@link #passes}.
     */
    public static Object groupKey(PairRule rule, CandidateFact person) {
        return switch (rule) {
            case SCHEDULE_WITHIN_AVAILABILITY -> Arrays.asList(person.availableDays(), person.availableFrom(),
                    person.availableUntil());
            case SLOT_OPEN_IN_ROUND_WEEK -> Boolean.TRUE;
            case PACING_WITHIN_STAGE -> Arrays.asList(person.hoursPerDay(), person.daysPerWeek());
            case STEP_UP_REACHES_NEW_STAGE -> person.minimumWeeklyHours();
            case ACCOMMODATIONS_COVERED -> person.accommodationNeeds();
            case PROGRAMME_ACCEPTED -> Arrays.asList(person.programme());
            // Whether the person is past the limit: it rules out every slot or none.
            case PROGRAMME_TIME_LIMIT -> Arrays.asList(person.programme(), person.extensionRecorded(),
                    person.programmeStart());
            case TRAVEL_WITHIN_REACH, EXCLUSION_RESPECTED, SLOT_EXCLUSION_RESPECTED -> null;
        };
    }

    /**
     * What of a slot, its task and its host a rule reads: everyone passes such a rule for two slots
     * with equal keys alike, so it can be judged once per distinct key. Null for travel, which reads
     * the journey. Follows the definitions in {@link PairRules}, like {@link #groupKey}.
     */
    public static Object slotKey(PairRule rule, SlotFact slot, TaskFact task, HostFact host) {
        return switch (rule) {
            case SCHEDULE_WITHIN_AVAILABILITY -> Arrays.asList(slot.weekdays(), slot.startTime(), slot.hoursPerDay());
            case SLOT_OPEN_IN_ROUND_WEEK -> Arrays.asList(slot.openFrom(), slot.openUntil(), slot.seasonMonths());
            case PACING_WITHIN_STAGE -> Arrays.asList(slot.hoursPerDay(), slot.daysPerWeek());
            case STEP_UP_REACHES_NEW_STAGE -> slot.hoursPerDay() * slot.daysPerWeek();
            case ACCOMMODATIONS_COVERED -> Arrays.asList(task.accommodationsOffered(), host.siteAccommodations());
            case PROGRAMME_ACCEPTED -> slot.programmes();
            case PROGRAMME_TIME_LIMIT -> Boolean.TRUE;
            case EXCLUSION_RESPECTED -> host.id();
            case SLOT_EXCLUSION_RESPECTED -> slot.id();
            case TRAVEL_WITHIN_REACH -> null;
        };
    }
}
