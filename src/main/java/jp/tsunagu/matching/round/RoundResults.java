package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.platform.Page;
import jp.tsunagu.platform.PageRequest;
import jp.tsunagu.proposal.ProposalRecord;
import jp.tsunagu.proposal.ProposalState;
import jp.tsunagu.proposal.ProposalView;
import java.util.EnumSet;
import java.util.Set;
import jp.tsunagu.matching.outcome.NetworkGap;
import jp.tsunagu.matching.outcome.OpeningChange;
import jp.tsunagu.matching.outcome.UnplacedReason;
import jp.tsunagu.registry.WorkKind;

/**
 * Reading a round's results: the coordinator reads every proposal, a counter only those of the
 * people of the municipalities it serves. Each case read is audited.
 */
@ApplicationScoped
@Transactional
public class RoundResults {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** The coordinator sees every proposal of a round but those a re-solve or a later round replaced. */
    private static final Set<ProposalState> SEEN_BY_COORDINATOR = EnumSet.complementOf(EnumSet.of(ProposalState.SUPERSEDED));
    private static final Type REASONS = new ArrayList<UnplacedReason>() { }.getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    RoundService rounds;

    public Page<ProposalView> proposals(Caller caller, long roundId, PageRequest page) {
        access.requireRole(caller, AuditAction.LIST, "proposal", Role.COORDINATOR, Role.COUNTER);
        rounds.readable(caller, roundId);
        Set<ProposalState> visible = caller.is(Role.COUNTER) ? ProposalState.VISIBLE_TO_COUNTER : SEEN_BY_COORDINATOR;
        // The page's ids first, from an index alone; then its rows with what they join. In one query the
        // database joined every proposal before the page to skip it (45 ms a page in a round of 2,348).
        List<Long> ids = page.applyTo(scoped(em.createQuery("select p.id from ProposalRecord p"
                        + " where p.roundId = :r and p.state in :states" + scope(caller, "p.municipalityCode")
                        + " order by p.candidateId", Long.class)
                .setParameter("r", roundId)
                .setParameter("states", visible), caller)).getResultList();
        List<Object[]> rows = ids.isEmpty() ? List.of() : em.createQuery("select p, c.caseCode, h.name, t.title, t.workKind"
                        + " from ProposalRecord p, Candidate c, HostOrganisation h, TrialSlot s, CarvedOutTask t"
                        + " where p.id in :ids and c.id = p.candidateId and h.id = p.hostId and s.id = p.slotId"
                        + " and t.id = s.taskId order by p.candidateId", Object[].class)
                .setParameter("ids", ids).getResultList();
        List<ProposalView> views = new ArrayList<>();
        List<AuditLog.Subject> read = new ArrayList<>();
        for (Object[] row : rows) {
            ProposalRecord p = (ProposalRecord) row[0];
            String caseCode = (String) row[1];
            read.add(new AuditLog.Subject(p.getCandidateId(), caseCode));
            views.add(ProposalView.of(p, caseCode, (String) row[2], (String) row[3], (WorkKind) row[4],
                    caller.is(Role.COORDINATOR)));
        }
        long total = page.totalWithout(rows.size()).orElseGet(() -> scoped(em.createQuery(
                        "select count(p) from ProposalRecord p where p.roundId = :r and p.state in :states"
                                + scope(caller, "p.municipalityCode"), Long.class)
                .setParameter("r", roundId).setParameter("states", visible), caller).getSingleResult());
        audit.allowedList(caller, AuditAction.READ, "candidate", read, "proposal of round " + roundId);
        return new Page<>(views, total, page);
    }

    public List<UnplacedView> unplaced(Caller caller, long roundId) {
        access.requireRole(caller, AuditAction.LIST, "proposal", Role.COORDINATOR, Role.COUNTER);
        rounds.readable(caller, roundId);
        List<Object[]> rows = scoped(em.createQuery("select u, c.caseCode from UnplacedRecord u, Candidate c"
                        + " where u.roundId = :r and c.id = u.candidateId" + scope(caller, "u.municipalityCode")
                        + " order by u.candidateId", Object[].class)
                .setParameter("r", roundId), caller).getResultList();
        List<UnplacedView> views = new ArrayList<>();
        List<AuditLog.Subject> read = new ArrayList<>();
        for (Object[] row : rows) {
            UnplacedRecord u = (UnplacedRecord) row[0];
            String caseCode = (String) row[1];
            read.add(new AuditLog.Subject(u.getCandidateId(), caseCode));
            views.add(new UnplacedView(u.getCandidateId(), caseCode, u.getMunicipalityCode(),
                    JSON.fromJson(u.getReasonsJson(), REASONS),
                    u.getSmallestChangeJson() == null ? null : JSON.fromJson(u.getSmallestChangeJson(), OpeningChange.class),
                    u.getSummaryJa(), u.getGapJson() == null ? null : JSON.fromJson(u.getGapJson(), NetworkGap.class)));
        }
        audit.allowedList(caller, AuditAction.READ, "candidate", read, "unplaced in round " + roundId);
        return views;
    }

    /** The network's value of a saved round (coordinator and counters: figures only, no person). */
    public NetworkValue networkValue(Caller caller, long roundId) {
        access.requireRole(caller, AuditAction.LIST, "round", Role.COORDINATOR, Role.COUNTER);
        rounds.readable(caller, roundId);
        MatchingRound round = em.find(MatchingRound.class, roundId);
        if (round == null || round.getNetworkValueJson() == null) {
            throw new jakarta.ws.rs.NotFoundException("この回の広域連携の効果はまだ計算されていません");
        }
        return JSON.fromJson(round.getNetworkValueJson(), NetworkValue.class);
    }

    /**
     * The network's gaps of a round: the unplaced people no change on their side would place, counted
     * per municipality and per kind of missing slot (the hosts worth canvassing). The coordinator reads
     * the prefecture's, a counter those of the municipalities it serves (what kind of slot its people
     * lack). Counts only, no person is named.
     */
    public RoundGaps gaps(Caller caller, long roundId) {
        access.requireRole(caller, AuditAction.LIST, "round", Role.COORDINATOR, Role.COUNTER);
        rounds.readable(caller, roundId);
        List<Object[]> rows = scoped(em.createQuery("select u.municipalityCode, m.name, u.gapKind, count(u)"
                        + " from UnplacedRecord u, Municipality m where u.roundId = :r and u.gapKind is not null"
                        + " and m.code = u.municipalityCode" + scope(caller, "u.municipalityCode")
                        + " group by u.municipalityCode, m.name, u.gapKind"
                        + " order by u.municipalityCode, u.gapKind", Object[].class)
                .setParameter("r", roundId), caller).getResultList();
        long unplaced = scoped(em.createQuery("select count(u) from UnplacedRecord u where u.roundId = :r"
                        + scope(caller, "u.municipalityCode"), Long.class)
                .setParameter("r", roundId), caller).getSingleResult();
        return RoundGaps.of(roundId, (int) unplaced, rows);
    }

    /**
     * What publishing would hand to each counter: its number of draft proposals, most first, so that
     * the coordinator confirms knowing who will be told.
     */
    public List<PublicationShare> publication(Caller caller, long roundId) {
        access.requireRole(caller, AuditAction.LIST, "round", Role.COORDINATOR);
        rounds.readable(caller, roundId);
        return em.createQuery("select p.counterId, c.name, count(p) from ProposalRecord p, SupportCounter c"
                        + " where p.roundId = :r and p.state = :draft and c.id = p.counterId"
                        + " group by p.counterId, c.name order by count(p) desc, c.name", Object[].class)
                .setParameter("r", roundId).setParameter("draft", ProposalState.DRAFT).getResultStream()
                .map(row -> new PublicationShare((Long) row[0], (String) row[1], ((Number) row[2]).intValue())).toList();
    }

    /** One counter's share of a publication: the draft proposals it will be told of. */
    public record PublicationShare(long counterId, String counterName, int proposals) {
    }

    /** A counter reads only the people of the municipalities it serves. */
    private static String scope(Caller caller, String municipalityPath) {
        return caller.is(Role.COUNTER) ? " and " + municipalityPath + " in :served" : "";
    }

    private static <T> jakarta.persistence.TypedQuery<T> scoped(jakarta.persistence.TypedQuery<T> query, Caller caller) {
        return caller.is(Role.COUNTER) ? query.setParameter("served", caller.servedMunicipalities()) : query;
    }
}
