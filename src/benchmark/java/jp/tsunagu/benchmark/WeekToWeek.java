package jp.tsunagu.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Week-to-week stability: the next week's round after small changes to the pool, as the service
 * would assemble it — 2.5 % of the people withdrawn and as many new ones added, 2.5 % of the slots
 * withdrawn and as many added (5 % of each changed in all), everyone still in the pool carrying last
 * week's proposal ({@code previousSlotId}, which the {@code stableProposals} rule prefers). The
 * churn is the share of the people still in the pool, not pinned, whose proposal changed (another
 * slot, or placed one week and not the other).
 */
final class WeekToWeek {

    private static final double CHANGED_SHARE = 0.025;

    private WeekToWeek() {
    }

    static double churnPct(WeeklyMatcher matcher, MatchingProblem week, MatchingOutcome first, long seed) {
        Random random = new Random(seed * 31 + 7);
        Map<Long, Long> before = new HashMap<>();
        for (ProposalOutcome p : first.proposals()) {
            before.put(p.candidateId(), p.slotId());
        }

        Set<Long> pinnedSlots = new HashSet<>();
        week.candidates().stream().filter(c -> c.pinnedSlotId() != null).forEach(c -> pinnedSlots.add(c.pinnedSlotId()));
        List<SlotFact> slots = new ArrayList<>(week.slots());
        int slotChanges = Math.max(1, (int) Math.round(slots.size() * CHANGED_SHARE));
        List<SlotFact> withdrawable = new ArrayList<>(slots.stream().filter(s -> !pinnedSlots.contains(s.id())).toList());
        Collections.shuffle(withdrawable, random);
        Set<Long> withdrawnSlots = new HashSet<>();
        withdrawable.subList(0, slotChanges).forEach(s -> withdrawnSlots.add(s.id()));
        slots.removeIf(s -> withdrawnSlots.contains(s.id()));
        long nextSlotId = week.slots().stream().mapToLong(SlotFact::id).max().orElse(0) + 1;
        for (int i = 0; i < slotChanges; i++) {
            SlotFact like = week.slots().get(random.nextInt(week.slots().size()));
            slots.add(new SlotFact(nextSlotId++, like.taskId(), like.weekdays(), like.startTime(), like.hoursPerDay(),
                    like.openFrom(), like.openUntil(), like.seasonMonths(), like.capacity(), like.pickUpFrom(),
                    like.programmes(), like.pickUpRuns()));
        }

        List<CandidateFact> people = new ArrayList<>();
        int personChanges = Math.max(1, (int) Math.round(week.candidates().size() * CHANGED_SHARE));
        List<CandidateFact> withdrawablePeople = new ArrayList<>(
                week.candidates().stream().filter(c -> c.pinnedSlotId() == null).toList());
        Collections.shuffle(withdrawablePeople, random);
        Set<Long> withdrawnPeople = new HashSet<>();
        withdrawablePeople.subList(0, personChanges).forEach(c -> withdrawnPeople.add(c.id()));
        Set<Long> stillOffered = new HashSet<>();
        slots.forEach(s -> stillOffered.add(s.id()));
        List<CandidateFact> kept = new ArrayList<>();
        for (CandidateFact c : week.candidates()) {
            if (!withdrawnPeople.contains(c.id())) {
                Long previous = before.get(c.id());
                CandidateFact next = copy(c, c.id(), c.caseCode(),
                        previous != null && stillOffered.contains(previous) ? previous : null, c.pinnedSlotId());
                people.add(next);
                kept.add(next);
            }
        }
        long nextPersonId = week.candidates().stream().mapToLong(CandidateFact::id).max().orElse(0) + 1;
        for (int i = 0; i < personChanges; i++) {
            CandidateFact like = withdrawablePeople.get(personChanges + random.nextInt(withdrawablePeople.size() - personChanges));
            people.add(copy(like, nextPersonId, like.caseCode() + "-N" + i, null, null));
            nextPersonId++;
        }

        MatchingProblem next = new MatchingProblem(week.prefectureCode(), week.prefectureName(), week.roundStart(),
                week.municipalities(), week.accommodations(), week.hosts(), week.supervisors(), week.tasks(), slots,
                people, week.travelOverrides(), week.settings());
        MatchingOutcome second = matcher.newRun(next).solve();
        Map<Long, Long> after = new HashMap<>();
        for (ProposalOutcome p : second.proposals()) {
            after.put(p.candidateId(), p.slotId());
        }
        System.out.println(breakdown(before, after, first, second, kept, withdrawnSlots, "after the search"));
        if (Boolean.parseBoolean(System.getProperty("benchmark.churnDiagnose", "false"))) {
            // The same week without the local search: how much of the churn the seed already makes.
            SolverConfig config = SolverConfig.createFromXmlResource(WeeklyMatcher.CONFIG_RESOURCE,
                    WeekToWeek.class.getClassLoader());
            config.setPhaseConfigList(new ArrayList<>(config.getPhaseConfigList().stream()
                    .filter(phase -> !(phase instanceof LocalSearchPhaseConfig)).toList()));
            MatchingOutcome seeded = WeeklyMatcher.fromConfig(config).withFlowSeed(true).newRun(next).solve();
            Map<Long, Long> seedAfter = new HashMap<>();
            seeded.proposals().forEach(p -> seedAfter.put(p.candidateId(), p.slotId()));
            System.out.printf(Locale.ROOT, "week 2 seed and construction only: %s, travel %d; after the search: %s,"
                    + " travel %d%n", seeded.score(), seeded.totalTravelMinutes(), second.score(), second.totalTravelMinutes());
            System.out.println(breakdown(before, seedAfter, first, seeded, kept, withdrawnSlots, "seed and construction only"));
        }
        int counted = 0;
        int changed = 0;
        int lostTheirSlot = 0;
        for (CandidateFact c : kept) {
            if (c.pinnedSlotId() != null) {
                continue;
            }
            counted++;
            if (!Objects.equals(before.get(c.id()), after.get(c.id()))) {
                changed++;
                if (before.get(c.id()) != null && withdrawnSlots.contains(before.get(c.id()))) {
                    lostTheirSlot++;
                }
            }
        }
        double churn = counted == 0 ? 0 : 100.0 * changed / counted;
        System.out.printf(Locale.ROOT, "week to week: %d people and %d slots withdrawn, as many added; of %d people"
                        + " still in the pool (not pinned) %d got another proposal (%.2f %%; %d of them because their"
                        + " slot was withdrawn); placed %d then %d%n", personChanges, slotChanges, counted, changed, churn,
                lostTheirSlot, first.placed(), second.placed());
        return churn;
    }

    /**
     * The changed proposals by cause: the slot was withdrawn; moved to another slot while the old one
     * is still offered (the churn the stability weight decides); placed last week and not now; placed
     * now and not last week (both decided by the placement weights, which come first).
     */
    private static String breakdown(Map<Long, Long> before, Map<Long, Long> after, MatchingOutcome first,
                                    MatchingOutcome second, List<CandidateFact> kept, Set<Long> withdrawnSlots,
                                    String label) {
        Map<Long, Integer> minutesBefore = new HashMap<>();
        first.proposals().forEach(p -> minutesBefore.put(p.candidateId(), p.travelMinutes()));
        Map<Long, Integer> minutesAfter = new HashMap<>();
        second.proposals().forEach(p -> minutesAfter.put(p.candidateId(), p.travelMinutes()));
        int withdrawn = 0, moved = 0, lost = 0, gained = 0, travelDelta = 0, movedCloser = 0;
        for (CandidateFact c : kept) {
            if (c.pinnedSlotId() != null) {
                continue;
            }
            Long b = before.get(c.id());
            Long a = after.get(c.id());
            if (Objects.equals(b, a)) {
                continue;
            }
            if (b != null && withdrawnSlots.contains(b)) {
                withdrawn++;
            } else if (b == null) {
                gained++;
            } else if (a == null) {
                lost++;
            } else {
                moved++;
                int d = minutesAfter.get(c.id()) - minutesBefore.get(c.id());
                travelDelta += d;
                if (d < 0) {
                    movedCloser++;
                }
            }
        }
        return String.format(Locale.ROOT, "changed proposals, %s: slot withdrawn %d, moved while their slot is still"
                + " offered %d (%d of them to a shorter journey, travel %+d min in all), no longer placed %d, newly placed"
                + " %d", label, withdrawn, moved, movedCloser, travelDelta, lost, gained);
    }

    private static CandidateFact copy(CandidateFact c, long id, String caseCode, Long previousSlotId, Long pinnedSlotId) {
        return new CandidateFact(id, caseCode, c.municipalityCode(), c.counterId(), c.travelMode(), c.maxOneWayMinutes(),
                c.programme(), c.programmeStart(), c.extensionRecorded(), c.hoursPerDay(), c.daysPerWeek(),
                c.minimumWeeklyHours(), c.availableDays(), c.availableFrom(), c.availableUntil(), c.accommodationNeeds(),
                c.interests(), c.excludedHostIds(), c.excludedSlotIds(), c.priority(), c.waitingSince(), previousSlotId,
                pinnedSlotId);
    }
}
