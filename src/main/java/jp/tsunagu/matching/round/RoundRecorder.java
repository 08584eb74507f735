package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.outcome.ProposalOutcome;
import jp.tsunagu.matching.outcome.SolveProgress;
import jp.tsunagu.matching.outcome.UnplacedOutcome;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TaskFact;

/**
 * Writes a running round to the database, each step in a transaction of its own: progress as the
 * solver improves, the heartbeat, and at the end the whole round with its proposals in one
 * transaction that also frees the lock, so a crash leaves either everything or nothing.
 */
@ApplicationScoped
public class RoundRecorder {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    RoundLock lock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sized(long roundId, int candidates, int slots) {
        em.createNativeQuery("UPDATE matching_round SET candidates = ?, slots = ? WHERE id = ?")
                .setParameter(1, candidates).setParameter(2, slots).setParameter(3, roundId).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progressed(long roundId, SolveProgress progress) {
        em.createNativeQuery("UPDATE matching_round SET elapsed_millis = ?, best_score = ?, placed = ?,"
                        + " heartbeat_at = UTC_TIMESTAMP(3) WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, progress.elapsedMillis()).setParameter(2, progress.bestScore())
                .setParameter(3, progress.placed()).setParameter(4, roundId).executeUpdate();
    }

    /** Beats for a round this instance solves; answers whether a coordinator asked to stop it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean heartbeat(long roundId) {
        em.createNativeQuery("UPDATE matching_round SET heartbeat_at = UTC_TIMESTAMP(3) WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, roundId).executeUpdate();
        List<?> stop = em.createNativeQuery("SELECT stop_requested FROM matching_round WHERE id = ?")
                .setParameter(1, roundId).getResultList();
        return !stop.isEmpty() && Boolean.TRUE.equals(toBoolean(stop.get(0)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean requestStop(long roundId) {
        return em.createNativeQuery("UPDATE matching_round SET stop_requested = TRUE WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, roundId).executeUpdate() == 1;
    }

    /** The round, its proposals, its unplaced people, and the freed lock: one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saved(long roundId, MatchingProblem problem, MatchingOutcome outcome, boolean stopped) {
        MatchingRound round = em.find(MatchingRound.class, roundId);
        if (round == null || !round.isRunning()) {
            // Abandoned meanwhile (its heartbeat was lost) and maybe superseded: saving now could publish twice.
            throw new IllegalStateException("round " + roundId + " is no longer running; its result is discarded");
        }
        Map<Long, CandidateFact> people = problem.candidates().stream()
                .collect(Collectors.toMap(CandidateFact::id, Function.identity()));
        Map<Long, SlotFact> slots = problem.slots().stream().collect(Collectors.toMap(SlotFact::id, Function.identity()));
        Map<Long, TaskFact> tasks = problem.tasks().stream().collect(Collectors.toMap(TaskFact::id, Function.identity()));
        for (ProposalOutcome p : outcome.proposals()) {
            CandidateFact person = people.get(p.candidateId());
            long hostId = tasks.get(slots.get(p.slotId()).taskId()).hostId();
            em.persist(new ProposalRecord(roundId, p.candidateId(), person.municipalityCode(), person.counterId(),
                    p.slotId(), hostId, p.travelMinutes(), p.travelledBy(), p.pinned(), p.keptFromLastRound(),
                    p.explanationJa(), JSON.toJson(p.alternatives())));
        }
        for (UnplacedOutcome u : outcome.unplaced()) {
            CandidateFact person = people.get(u.candidateId());
            em.persist(new UnplacedRecord(roundId, u.candidateId(), person.municipalityCode(), person.counterId(),
                    JSON.toJson(u.reasons()), u.smallestChange() == null ? null : JSON.toJson(u.smallestChange()),
                    u.summaryJa()));
        }
        round.sized(outcome.candidates(), problem.slots().size());
        round.progressed(outcome.statistics().millis(), outcome.score(), outcome.placed());
        round.finished(stopped ? RoundStatus.STOPPED : RoundStatus.COMPLETED, LocalDateTime.now(ZoneOffset.UTC),
                summary(outcome, stopped), null);
        lock.release(roundId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long roundId, String failure) {
        MatchingRound round = em.find(MatchingRound.class, roundId);
        if (round != null && round.isRunning()) {
            round.finished(RoundStatus.FAILED, LocalDateTime.now(ZoneOffset.UTC), "マッチングに失敗しました。もう一度実行できます。",
                    failure);
        }
        lock.release(roundId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MatchingRound read(long roundId) {
        MatchingRound round = em.find(MatchingRound.class, roundId);
        if (round != null) {
            em.refresh(round);
        }
        return round;
    }

    static String summary(MatchingOutcome outcome, boolean stopped) {
        return String.format(Locale.ROOT,
                "対象 %d 人のうち %d 人に受入先を提案しました（提案できなかった人 %d 人、通所時間の合計 %d 分、"
                        + "選択肢が2つ以上ある人の割合 %.1f%%）。%s",
                outcome.candidates(), outcome.placed(), outcome.unplaced().size(), outcome.totalTravelMinutes(),
                outcome.twoAlternativesSharePct(), stopped ? "担当者の指示で途中停止し、その時点の最良案を保存しました。" : "");
    }

    private static Boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
