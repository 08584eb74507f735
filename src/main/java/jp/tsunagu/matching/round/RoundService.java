package jp.tsunagu.matching.round;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.matching.optimum.MunicipalityAlone;
import jp.tsunagu.matching.outcome.MatchingOutcome;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.matching.solver.MatchingRun;
import jp.tsunagu.matching.solver.WeeklyMatcher;
import jp.tsunagu.notification.NotificationDraft;
import jp.tsunagu.notification.NotificationKind;
import jp.tsunagu.notification.Notifier;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.proposal.ProposalEvent;
import jp.tsunagu.proposal.ProposalRecord;

/**
 * The coordinator's weekly round: start it (one at a time per prefecture, by a database lock),
 * solve it in the background, let anyone read its progress from the database, stop it early, and
 * save it whole. The only thing held in memory is the solver run itself, so that this instance can
 * relay a stop request it reads from the database; any instance can answer every other request.
 */
@ApplicationScoped
public class RoundService {

    static final String SUBJECT = "round";
    private static final Logger LOG = Logger.getLogger(RoundService.class.getName());
    private static final long PROGRESS_EVERY_MILLIS = 500;
    static final int HEARTBEAT_EVERY_SECONDS = 3;

    private final Map<Long, MatchingRun> runsOfThisInstance = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    RoundLock lock;

    @Inject
    ServiceInstance instance;

    @Inject
    jp.tsunagu.audit.AuditLog audit;

    @Inject
    RoundRecorder recorder;

    @Inject
    PoolAssembler pool;

    @Inject
    WeeklyMatcher matcher;

    @Inject
    Notifier notifier;

    @PreDestroy
    void stopRuns() {
        runsOfThisInstance.values().forEach(MatchingRun::stop);
    }

    public RoundView start(Caller caller, StartRoundRequest request) {
        access.requireRole(caller, AuditAction.START, SUBJECT, Role.COORDINATOR);
        LocalDate roundStart = request != null && request.roundStart() != null ? request.roundStart()
                : LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Integer solveSeconds = request == null ? null : request.solveSeconds();
        int limit = solveSeconds != null ? solveSeconds : pool.settings(caller.prefectureCode(), null).solveSeconds();
        MatchingRound round = lock.acquire(caller.prefectureCode(), roundStart, caller.username(), limit, instance.id());
        schedule(round.getId(), caller.prefectureCode(), roundStart, limit, false);
        return RoundView.of(round);
    }

    /**
     * Re-solves a saved round around what is decided: the coordinator's pins, every proposal that
     * is published, accepted or confirmed, running placements; declined pairs stay excluded. The
     * unpinned drafts are replaced by new drafts, to be reviewed and published again.
     */
    public RoundView resolve(Caller caller, long roundId, StartRoundRequest request) {
        access.requireRole(caller, AuditAction.START, SUBJECT, Role.COORDINATOR);
        MatchingRound round = latestSaved(caller, roundId, "再計算");
        Integer solveSeconds = request == null ? null : request.solveSeconds();
        int limit = solveSeconds != null ? solveSeconds : round.getSolveSeconds();
        lock.reacquire(round, instance.id());
        schedule(roundId, caller.prefectureCode(), round.getRoundStart(), limit, true);
        return RoundView.of(recorder.read(roundId));
    }

    /** Hands the round's drafts to the counters, each of whom sees only its own people's. */
    @Transactional
    public RoundView publish(Caller caller, long roundId) {
        access.requireRole(caller, AuditAction.UPDATE, SUBJECT, Role.COORDINATOR);
        latestSaved(caller, roundId, "公開");
        // Locked, so that two publications of the round run one after the other.
        MatchingRound round = em.find(MatchingRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        List<ProposalRecord> drafts = em.createQuery("select p from ProposalRecord p where p.roundId = :r"
                        + " and p.state = jp.tsunagu.proposal.ProposalState.DRAFT order by p.id", ProposalRecord.class)
                .setParameter("r", roundId).getResultList();
        if (drafts.isEmpty() && round.isPublished()) {
            throw new LifecycleConflict("この回は公開済みで、新しい下書きの提案はありません。");
        }
        drafts.forEach(p -> p.apply(ProposalEvent.PUBLISH));
        round.published(caller.username(), LocalDateTime.now(ZoneOffset.UTC));
        audit.allowed(caller, AuditAction.UPDATE, SUBJECT, roundId, null, "published " + drafts.size() + " proposals");
        drafts.stream().collect(Collectors.groupingBy(ProposalRecord::getCounterId, TreeMap::new, Collectors.counting()))
                .forEach((counterId, count) -> notifier.notify(NotificationDraft.toCounter(caller.prefectureCode(),
                        counterId, NotificationKind.PROPOSALS_PUBLISHED, SUBJECT, roundId,
                        "新しい提案が " + count + " 件あります",
                        round.getRoundStart() + " の週の提案が公開されました。本人・支援調整会議と相談のうえ、承諾または辞退を記録してください。")));
        return RoundView.of(round);
    }

    /** The round the coordinator reviews: saved, and the prefecture's latest, since a later round supersedes its drafts. */
    private MatchingRound latestSaved(Caller caller, long roundId, String what) {
        MatchingRound round = readable(caller, roundId);
        if (!round.isSaved()) {
            throw new LifecycleConflict("この回は「" + round.getStatus() + "」のため" + what + "できません。"
                    + "保存済み（完了または途中停止）の回だけが対象です。");
        }
        Long latest = em.createQuery("select max(r.id) from MatchingRound r where r.prefectureCode = :p and r.status in"
                        + " (jp.tsunagu.matching.round.RoundStatus.COMPLETED, jp.tsunagu.matching.round.RoundStatus.STOPPED,"
                        + " jp.tsunagu.matching.round.RoundStatus.RUNNING)", Long.class)
                .setParameter("p", caller.prefectureCode()).getSingleResult();
        if (latest != null && latest != roundId) {
            throw new LifecycleConflict("より新しい回（" + latest + "）があるため、この回は" + what + "できません。");
        }
        return round;
    }

    private void schedule(long roundId, String prefectureCode, LocalDate roundStart, int limit, boolean resolving) {
        try {
            executor.submit(() -> solve(roundId, prefectureCode, roundStart, limit, resolving));
        } catch (RuntimeException rejected) {
            recorder.failed(roundId, "could not be scheduled: " + rejected);
            throw rejected;
        }
    }

    /**
     * The people pinned because they hold a slot outside this round (a running placement, a proposal
     * accepted elsewhere), not those a re-solve keeps of its own proposals: the round counts the latter.
     */
    static int continuing(MatchingProblem problem, RoundHolds holds) {
        return continuingPeople(problem, holds).size();
    }

    /** The ids of those people: see {@link #continuing}. */
    static java.util.Set<Long> continuingPeople(MatchingProblem problem, RoundHolds holds) {
        return problem.candidates().stream()
                .filter(c -> c.pinnedSlotId() != null && !holds.ownKept().contains(c.id()))
                .map(CandidateFact::id).collect(java.util.stream.Collectors.toSet());
    }

    private void solve(long roundId, String prefectureCode, LocalDate roundStart, int solveSeconds, boolean resolving) {
        try {
            long poolStart = System.nanoTime();
            RoundHolds holds = pool.holds(prefectureCode, resolving ? roundId : null);
            MatchingProblem problem = pool.assemble(prefectureCode, roundStart, solveSeconds, holds);
            long poolMillis = (System.nanoTime() - poolStart) / 1_000_000;
            // The people who hold a slot continue where they are: the round's figures, from the first
            // progress to the saved result, count the others (as the week's overview counts them).
            int continuing = continuing(problem, holds);
            recorder.sized(roundId, problem.candidates().size() - continuing, problem.slots().size());
            AtomicLong lastWritten = new AtomicLong();
            MatchingRun run = matcher.newRun(problem).onProgress(progress -> {
                long now = System.currentTimeMillis();
                if (now - lastWritten.get() >= PROGRESS_EVERY_MILLIS) {
                    lastWritten.set(now);
                    recorder.progressed(roundId, progress.without(continuing));
                }
            });
            runsOfThisInstance.put(roundId, run);
            boolean stopAlreadyAsked = recorder.heartbeat(roundId);
            if (stopAlreadyAsked) {
                run.stop();
            }
            // The municipalities alone depend on the problem only: they are counted on the other core
            // while the solver (one thread) searches, rather than after it.
            java.util.concurrent.Future<List<MunicipalityAlone.Figure>> alone =
                    executor.submit(() -> MunicipalityAlone.of(problem));
            long solveStart = System.nanoTime();
            MatchingOutcome outcome = run.solve();
            long aloneStart = System.nanoTime();
            NetworkValue value = NetworkValue.of(problem, outcome, aloneFigures(alone));
            long savingStart = System.nanoTime();
            var s = outcome.statistics();
            RoundTimings timings = new RoundTimings(poolMillis, s.assemblyMillis(), s.seedMillis(), s.searchMillis(),
                    Math.max(0, (aloneStart - solveStart) / 1_000_000 - s.millis()), (savingStart - aloneStart) / 1_000_000,
                    null);
            recorder.saved(roundId, problem, outcome, recorder.heartbeat(roundId), holds, value, timings);
            long end = System.nanoTime();
            recorder.timed(roundId, timings.saved((end - savingStart) / 1_000_000));
            LOG.info(() -> String.format(java.util.Locale.ROOT, "round %d: %d of %d placed, %s, %d alone; pool %.2f s, assembly %.2f s,"
                            + " seed %.2f s, search %.2f s, explanations %.2f s, municipalities alone %.2f s, saving %.2f s",
                    roundId, outcome.placed(), outcome.candidates(), outcome.score(), value.placedAlone(),
                    poolMillis / 1000.0, s.assemblyMillis() / 1000.0, s.seedMillis() / 1000.0, s.searchMillis() / 1000.0,
                    (aloneStart - solveStart) / 1e9 - s.millis() / 1000.0, (savingStart - aloneStart) / 1e9,
                    (end - savingStart) / 1e9));
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "round " + roundId + " failed", e);
            recorder.failed(roundId, e.toString());
        } finally {
            runsOfThisInstance.remove(roundId);
        }
    }

    /**
     * Keeps this instance's rounds alive in the database and relays stop requests made through any
     * instance; {@link RoundHeartbeat} calls it.
     */
    void beat() {
        for (Map.Entry<Long, MatchingRun> entry : runsOfThisInstance.entrySet()) {
            try {
                if (recorder.heartbeat(entry.getKey())) {
                    entry.getValue().stop();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "heartbeat of round " + entry.getKey() + " failed", e);
            }
        }
    }

    /** The pool of next Monday's round, as a problem file; every case in it is audited as read. */
    @Transactional
    public MatchingProblem pool(Caller caller) {
        access.requireRole(caller, AuditAction.EXPORT, SUBJECT, Role.COORDINATOR);
        MatchingProblem problem = pool.assemble(caller.prefectureCode(),
                LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)), null);
        problem.candidates().forEach(c -> audit.allowed(caller, AuditAction.EXPORT, "candidate", c.id(), c.caseCode(),
                "problem file of the pool"));
        return problem;
    }

    public RoundView stop(Caller caller, long roundId) {
        access.requireRole(caller, AuditAction.STOP, SUBJECT, Role.COORDINATOR);
        MatchingRound round = readable(caller, roundId);
        if (recorder.requestStop(roundId)) {
            MatchingRun local = runsOfThisInstance.get(roundId);
            if (local != null) {
                local.stop();
            }
        }
        return RoundView.of(recorder.read(round.getId()));
    }

    private static List<MunicipalityAlone.Figure> aloneFigures(java.util.concurrent.Future<List<MunicipalityAlone.Figure>> alone) {
        try {
            return alone.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting the municipalities alone", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("counting the municipalities alone failed: " + e.getCause(), e.getCause());
        }
    }

    public RoundView round(Caller caller, long roundId) {
        access.requireRole(caller, AuditAction.READ, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        MatchingRound round = readable(caller, roundId);
        if (round.isRunning() && !runsOfThisInstance.containsKey(roundId) && !lock.isAlive(roundId)) {
            lock.abandon(roundId);
            round = recorder.read(roundId);
        }
        return RoundView.of(round);
    }

    /** The coordinator sees every round; a counter only the published ones. */
    @Transactional
    public List<RoundView> rounds(Caller caller) {
        access.requireRole(caller, AuditAction.LIST, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        lock.abandonStale(caller.prefectureCode());
        return em.createQuery("select r from MatchingRound r where r.prefectureCode = :p"
                                + (caller.is(Role.COUNTER) ? " and r.publishedAt is not null" : "") + " order by r.id desc",
                        MatchingRound.class)
                .setParameter("p", caller.prefectureCode()).setMaxResults(100).getResultStream()
                .map(RoundView::of).toList();
    }

    /** A round of the caller's prefecture; to a counter, an unpublished round does not exist. */
    MatchingRound readable(Caller caller, long roundId) {
        MatchingRound round = recorder.read(roundId);
        if (round == null) {
            throw AccessPolicy.notFound(SUBJECT, roundId);
        }
        if (!round.getPrefectureCode().equals(caller.prefectureCode())
                || caller.is(Role.COUNTER) && !round.isPublished()) {
            throw access.outOfScope(caller, AuditAction.READ, SUBJECT, roundId);
        }
        return round;
    }
}
