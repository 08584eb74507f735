package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import jp.tsunagu.proposal.ProposalEvent;
import jp.tsunagu.proposal.ProposalRecord;
import jp.tsunagu.proposal.ProposalState;
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

    /** Adds the saving's own time to the round's timings, once the saving has committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void timed(long roundId, RoundTimings timings) {
        MatchingRound round = em.find(MatchingRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round != null) {
            round.timed(timings.toJson());
        }
    }

    /**
     * The round, its proposals, its unplaced people, and the freed lock: one transaction. Only
     * people the round was free to move get a new draft: the pinned already hold a placement or a
     * proposal. A new week's round supersedes what nobody decided on in earlier rounds; a re-solve
     * supersedes its own unpinned drafts and replaces its list of unplaced people.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saved(long roundId, MatchingProblem problem, MatchingOutcome outcome, boolean stopped,
                      RoundHolds holds, NetworkValue value, RoundTimings timings) {
        // The round's row first: the proposals' foreign keys would take a shared lock on it that the
        // heartbeat's update then waits for, and the final update of the round would deadlock with it.
        MatchingRound round = em.find(MatchingRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null || !round.isRunning()) {
            // Abandoned meanwhile (its heartbeat was lost) and maybe superseded: saving now could publish twice.
            throw new IllegalStateException("round " + roundId + " is no longer running; its result is discarded");
        }
        boolean resolving = round.isResolving();
        if (resolving) {
            supersede(em.createQuery("select p from ProposalRecord p where p.roundId = :r"
                    + " and p.state = jp.tsunagu.proposal.ProposalState.DRAFT and p.pinned = false", ProposalRecord.class)
                    .setParameter("r", roundId).getResultList(), ProposalEvent.RESOLVE_AWAY);
            em.createQuery("delete from UnplacedRecord u where u.roundId = :r").setParameter("r", roundId).executeUpdate();
        } else {
            supersede(em.createQuery("select p from ProposalRecord p, MatchingRound r where r.id = p.roundId"
                    + " and r.prefectureCode = :pref and r.id <> :r and p.state in :undecided", ProposalRecord.class)
                    .setParameter("pref", round.getPrefectureCode()).setParameter("r", roundId)
                    .setParameter("undecided", ProposalState.UNDECIDED).getResultList(),
                    ProposalEvent.EXPIRE);
        }
        Map<Long, CandidateFact> people = problem.candidates().stream()
                .collect(Collectors.toMap(CandidateFact::id, Function.identity()));
        Map<Long, SlotFact> slots = problem.slots().stream().collect(Collectors.toMap(SlotFact::id, Function.identity()));
        Map<Long, TaskFact> tasks = problem.tasks().stream().collect(Collectors.toMap(TaskFact::id, Function.identity()));
        for (ProposalOutcome p : outcome.proposals()) {
            if (p.pinned()) {
                continue;
            }
            CandidateFact person = people.get(p.candidateId());
            long hostId = tasks.get(slots.get(p.slotId()).taskId()).hostId();
            em.persist(new ProposalRecord(roundId, p.candidateId(), person.municipalityCode(), person.counterId(),
                    p.slotId(), hostId, p.travelMinutes(), p.travelledBy(), p.pinned(), p.keptFromLastRound(),
                    p.explanationJa(), JSON.toJson(p.alternatives())));
        }
        // A person who holds a slot elsewhere (a running placement, an accepted proposal) continues there:
        // the round counts them apart and does not tell their counter that no slot was found, even when
        // the held slot no longer passes a rule and the solver had to leave them out.
        java.util.Set<Long> continuingPeople = RoundService.continuingPeople(problem, holds);
        for (UnplacedOutcome u : outcome.unplaced()) {
            if (continuingPeople.contains(u.candidateId())) {
                continue;
            }
            CandidateFact person = people.get(u.candidateId());
            em.persist(new UnplacedRecord(roundId, u.candidateId(), person.municipalityCode(), person.counterId(),
                    JSON.toJson(u.reasons()), u.smallestChange() == null ? null : JSON.toJson(u.smallestChange()),
                    u.summaryJa(), u.gap() == null ? null : u.gap().kind(), u.gap() == null ? null : JSON.toJson(u.gap())));
        }
        em.flush();
        int continuing = continuingPeople.size();
        int placed = em.createQuery("select count(p) from ProposalRecord p where p.roundId = :r and p.state in :live",
                        Long.class)
                .setParameter("r", roundId).setParameter("live", ProposalState.LIVE).getSingleResult().intValue();
        int considered = outcome.candidates() - continuing;
        round.sized(considered, problem.slots().size());
        round.continuing(continuing);
        round.progressed(outcome.statistics().millis(), outcome.score(), placed);
        round.valued(value.placedAlone(), JSON.toJson(value));
        round.timed(timings.toJson());
        round.finished(stopped ? RoundStatus.STOPPED : RoundStatus.COMPLETED, LocalDateTime.now(ZoneOffset.UTC),
                summary(outcome, considered, placed, continuing, stopped, resolving) + value.summaryJa(), null);
        lock.release(roundId);
    }

    private static void supersede(List<ProposalRecord> proposals, ProposalEvent event) {
        proposals.forEach(p -> p.apply(event));
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

    /**
     * The round as committed now. A transaction of its own starts with an empty persistence context and
     * the shared cache is off, so the look-up reads the database; a refresh after it read the row twice,
     * on every page of proposals.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MatchingRound read(long roundId) {
        return em.find(MatchingRound.class, roundId);
    }

    static String summary(MatchingOutcome outcome, int considered, int placed, int continuing, boolean stopped,
                          boolean resolved) {
        return String.format(Locale.ROOT,
                "%s対象 %d 人のうち %d 人に受入先を提案しました（提案できなかった人 %d 人、通所時間の合計 %d 分）。%s%s%s",
                resolved ? "再計算しました。" : "", considered, placed, considered - placed,
                outcome.totalTravelMinutes(), choices(outcome, resolved),
                continuing > 0 ? "実習中・受入先の回答待ちの " + continuing + " 人はそのまま継続します。" : "",
                stopped ? "担当者の指示で途中停止し、その時点の最良案を保存しました。" : "");
    }

    /**
     * The share of people given two or more alternatives, naming whom it counts: those this solve
     * placed with three or more feasible slots (a re-solve places only the people it reopened, whose
     * choices are narrowed by everyone it keeps). Nothing when nobody had such a choice.
     */
    static String choices(MatchingOutcome outcome, boolean resolved) {
        if (outcome.placedWithChoice() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%s選べる受入枠が3つ以上あった %d 人のうち %d 人（%.1f%%）に、選択肢を2つ以上示しました。",
                resolved ? "再計算で提案した人のうち、" : "", outcome.placedWithChoice(),
                outcome.placedWithChoiceGivenTwoAlternatives(), outcome.twoAlternativesSharePct());
    }

    private static Boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
