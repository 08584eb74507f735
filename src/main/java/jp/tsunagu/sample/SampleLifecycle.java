package jp.tsunagu.sample;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;
import jp.tsunagu.placement.LifecycleSettings;

/**
 * The lifecycle of the sample network's past weeks, so that a newcomer sees it populated: a round
 * published five weeks ago whose proposals became the running placements (with attendance, one
 * follow-up done, later ones due, a step up suggested for the steadiest), a decline by a person and
 * one by a host (their pairs excluded), and last week's round published with proposals still
 * waiting for the counters. Written as plain rows: these are records of the past, not actions.
 */
final class SampleLifecycle {

    private static final String COORDINATOR = SampleNetworkLoader.COORDINATOR;

    private final EntityManager em;
    private final MatchingProblem problem;
    private final Map<Long, Long> candidateIds;
    private final Map<Long, Long> slotIds;
    private final Map<Long, Long> hostIds;
    private final Map<Long, Long> counterIds;
    private final List<Period> followUpAfter = LifecycleSettings.defaults().followUpAfter();

    SampleLifecycle(EntityManager em, MatchingProblem problem, Map<Long, Long> candidateIds, Map<Long, Long> slotIds,
                    Map<Long, Long> hostIds, Map<Long, Long> counterIds) {
        this.em = em;
        this.problem = problem;
        this.candidateIds = candidateIds;
        this.slotIds = slotIds;
        this.hostIds = hostIds;
        this.counterIds = counterIds;
    }

    void write() {
        LocalDate thisWeek = problem.roundStart();
        LocalDate fiveWeeksAgo = thisWeek.minusWeeks(5);
        List<CandidateFact> running = problem.candidates().stream().filter(c -> c.pinnedSlotId() != null).toList();
        List<CandidateFact> proposedBefore = problem.candidates().stream()
                .filter(c -> c.pinnedSlotId() == null && c.previousSlotId() != null).toList();

        long earlier = round(fiveWeeksAgo, running.size() + 2);
        int steadiest = 0;
        for (CandidateFact person : running) {
            long proposal = proposal(earlier, person, person.pinnedSlotId(), "CONFIRMED", fiveWeeksAgo.plusDays(2));
            placement(proposal, person, fiveWeeksAgo.plusDays(7), steadiest++ == 0);
        }
        if (proposedBefore.size() >= 6) {
            declined(earlier, proposedBefore.get(0), "DECLINED_BY_PERSON", "PERSON_DECLINED");
            declined(earlier, proposedBefore.get(1), "DECLINED_BY_HOST", "HOST_DECLINED");
            long lastWeek = round(thisWeek.minusWeeks(1), 4);
            for (CandidateFact person : proposedBefore.subList(2, 6)) {
                proposal(lastWeek, person, person.previousSlotId(), "PUBLISHED", null);
            }
        }
    }

    private long round(LocalDate start, int placed) {
        em.createNativeQuery("INSERT INTO matching_round (prefecture_code, round_start, status, started_by, started_at,"
                        + " finished_at, solve_seconds, instance_id, heartbeat_at, candidates, slots, placed, best_score,"
                        + " summary_ja, published_at, published_by) VALUES (?, ?, 'COMPLETED', ?, ?, ?, 30, 'sample', ?,"
                        + " ?, ?, ?, '0hard/0medium/0soft', ?, ?, ?)")
                .setParameter(1, problem.prefectureCode()).setParameter(2, Date.valueOf(start))
                .setParameter(3, COORDINATOR).setParameter(4, at(start.minusDays(3)))
                .setParameter(5, at(start.minusDays(3))).setParameter(6, at(start.minusDays(3)))
                .setParameter(7, problem.candidates().size()).setParameter(8, problem.slots().size())
                .setParameter(9, placed)
                .setParameter(10, "サンプルの過去の回です（" + start + " の週）。提案は公開済みです。")
                .setParameter(11, at(start.minusDays(2))).setParameter(12, COORDINATOR).executeUpdate();
        return lastId();
    }

    private long proposal(long round, CandidateFact person, long slotFactId, String state, LocalDate decided) {
        SlotFact slot = problem.slots().stream().filter(s -> s.id() == slotFactId).findFirst().orElseThrow();
        TaskFact task = problem.tasks().stream().filter(t -> t.id() == slot.taskId()).findFirst().orElseThrow();
        boolean consented = !state.equals("PUBLISHED") && !state.equals("DECLINED_BY_PERSON");
        em.createNativeQuery("INSERT INTO proposal (round_id, candidate_id, municipality_code, counter_id, slot_id, host_id,"
                        + " travel_minutes, travelled_by, pinned, kept_from_last_round, explanation_ja, alternatives_json,"
                        + " state, consent_date, shared_items, first_day_needs, decided_by, decided_at, first_day,"
                        + " answered_by, answered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 30, 'CAR', FALSE, FALSE, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, round).setParameter(2, candidateIds.get(person.id()))
                .setParameter(3, person.municipalityCode()).setParameter(4, counterIds.get(person.id()))
                .setParameter(5, slotIds.get(slotFactId)).setParameter(6, hostIds.get(task.hostId()))
                .setParameter(7, "サンプル: " + task.title() + "。片道およそ30分。")
                .setParameter(8, state)
                .setParameter(9, consented ? Date.valueOf(decided) : null)
                .setParameter(10, consented ? "ACCOMMODATIONS,COUNTER_CONTACT,FIRST_DAY_NEEDS,PACING_STAGE" : "")
                .setParameter(11, consented ? "初日は相談支援員が同行します" : null)
                .setParameter(12, decided == null ? null : "counter-sample")
                .setParameter(13, decided == null ? null : at(decided))
                .setParameter(14, state.equals("CONFIRMED") ? Date.valueOf(decided.plusDays(5)) : null)
                .setParameter(15, state.equals("CONFIRMED") || state.equals("DECLINED_BY_HOST") ? "employer-sample" : null)
                .setParameter(16, state.equals("CONFIRMED") || state.equals("DECLINED_BY_HOST") ? at(decided.plusDays(1)) : null)
                .executeUpdate();
        return lastId();
    }

    private void declined(long round, CandidateFact person, String state, String source) {
        LocalDate on = problem.roundStart().minusWeeks(5).plusDays(2);
        long proposal = proposal(round, person, person.previousSlotId(), state, on);
        String column = state.equals("DECLINED_BY_PERSON") ? "decline_reason = 'TIMING'" : "host_decline_reason = 'SCHEDULE'";
        em.createNativeQuery("UPDATE proposal SET " + column + " WHERE id = ?").setParameter(1, proposal).executeUpdate();
        em.createNativeQuery("INSERT INTO pair_exclusion (prefecture_code, candidate_id, slot_id, source, proposal_id,"
                        + " note, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'サンプルの辞退', 'counter-sample', ?)")
                .setParameter(1, problem.prefectureCode()).setParameter(2, candidateIds.get(person.id()))
                .setParameter(3, slotIds.get(person.previousSlotId())).setParameter(4, source)
                .setParameter(5, proposal).setParameter(6, at(on)).executeUpdate();
    }

    /** A running placement: weekly attendance since its start, the first follow-up done. */
    private void placement(long proposal, CandidateFact person, LocalDate start, boolean steady) {
        SlotFact slot = problem.slots().stream().filter(s -> s.id() == person.pinnedSlotId()).findFirst().orElseThrow();
        TaskFact task = problem.tasks().stream().filter(t -> t.id() == slot.taskId()).findFirst().orElseThrow();
        em.createNativeQuery("INSERT INTO placement (prefecture_code, proposal_id, candidate_id, counter_id,"
                        + " municipality_code, slot_id, host_id, start_date, planned_days, planned_hours, state, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")
                .setParameter(1, problem.prefectureCode()).setParameter(2, proposal)
                .setParameter(3, candidateIds.get(person.id())).setParameter(4, counterIds.get(person.id()))
                .setParameter(5, person.municipalityCode()).setParameter(6, slotIds.get(slot.id()))
                .setParameter(7, hostIds.get(task.hostId())).setParameter(8, Date.valueOf(start))
                .setParameter(9, slot.weekdays().size()).setParameter(10, slot.hoursPerDay())
                .setParameter(11, at(start.minusDays(4))).executeUpdate();
        long placement = lastId();
        LocalDate week = start.with(DayOfWeek.MONDAY);
        for (int i = 0; week.plusWeeks(i).isBefore(problem.roundStart()); i++) {
            int days = steady ? slot.weekdays().size() : Math.max(0, slot.weekdays().size() - (i % 2));
            em.createNativeQuery("INSERT INTO attendance (placement_id, week_start, days_attended, hours_attended,"
                            + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'employer-sample', ?)")
                    .setParameter(1, placement).setParameter(2, Date.valueOf(week.plusWeeks(i)))
                    .setParameter(3, days).setParameter(4, days * slot.hoursPerDay())
                    .setParameter(5, at(week.plusWeeks(i).plusDays(5))).executeUpdate();
        }
        boolean first = true;
        for (Period after : followUpAfter) {
            LocalDate due = start.plus(after);
            em.createNativeQuery("INSERT INTO follow_up (placement_id, label, due_on, done_on, note, done_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, placement).setParameter(2, after.toString()).setParameter(3, Date.valueOf(due))
                    .setParameter(4, first ? Date.valueOf(due) : null)
                    .setParameter(5, first ? "本人・受入先と面談。順調。" : null)
                    .setParameter(6, first ? "counter-sample" : null).executeUpdate();
            first = false;
        }
        if (steady) {
            em.createNativeQuery("INSERT INTO step_suggestion (placement_id, direction, from_hours, from_days, to_hours,"
                            + " to_days, reason_ja, state, created_at) VALUES (?, 'UP', ?, ?, ?, ?, ?, 'OPEN', ?)")
                    .setParameter(1, placement).setParameter(2, person.hoursPerDay()).setParameter(3, person.daysPerWeek())
                    .setParameter(4, person.hoursPerDay()).setParameter(5, Math.min(6, person.daysPerWeek() + 1))
                    .setParameter(6, "4週続けて予定の日数すべてに通えています。次のステップを本人と検討できます。")
                    .setParameter(7, at(problem.roundStart().minusDays(3))).executeUpdate();
        }
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private static java.sql.Timestamp at(LocalDate day) {
        return java.sql.Timestamp.valueOf(day.atTime(9, 0));
    }
}
