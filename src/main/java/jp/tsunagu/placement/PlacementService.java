package jp.tsunagu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.notification.NotificationDraft;
import jp.tsunagu.notification.NotificationKind;
import jp.tsunagu.notification.Notifier;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.Versions;

/**
 * Running placements and their follow-up: read them (the coordinator all of the prefecture, a
 * counter its people's, a host its own), record a follow-up done, decide on a step suggestion, end
 * a placement with an outcome. The counter does the follow-up work; the host records attendance
 * ({@link AttendanceService}).
 */
@ApplicationScoped
@Transactional
public class PlacementService {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Notifier notifier;

    public List<PlacementView> list(Caller caller, boolean activeOnly) {
        access.requireRole(caller, AuditAction.LIST, PlacementStarter.SUBJECT, Role.values());
        String scope = switch (caller.role()) {
            case COORDINATOR -> "";
            case COUNTER -> " and p.municipalityCode in :served";
            case EMPLOYER -> " and p.hostId = :host";
        };
        var query = em.createQuery("select p from Placement p where p.prefectureCode = :pref" + scope
                        + (activeOnly ? " and p.state = jp.tsunagu.placement.PlacementState.ACTIVE" : "")
                        + " order by p.id desc", Placement.class)
                .setParameter("pref", caller.prefectureCode()).setMaxResults(1000);
        if (caller.is(Role.COUNTER)) {
            query.setParameter("served", caller.servedMunicipalities());
        } else if (caller.is(Role.EMPLOYER)) {
            query.setParameter("host", caller.hostId());
        }
        return views(caller, query.getResultList(), AuditAction.LIST);
    }

    public PlacementView get(Caller caller, long id) {
        access.requireRole(caller, AuditAction.READ, PlacementStarter.SUBJECT, Role.values());
        return view(caller, find(caller, id, AuditAction.READ), AuditAction.READ);
    }

    public PlacementView followUpDone(Caller caller, long id, long followUpId, PlacementRequests.FollowUpDone request) {
        Placement placement = counterClaims(caller, id);
        FollowUp followUp = em.find(FollowUp.class, followUpId);
        if (followUp == null || !followUp.getPlacementId().equals(placement.getId())) {
            throw AccessPolicy.notFound("follow-up", followUpId);
        }
        Versions.claim(em, followUp, request.version(), followUp.getVersion());
        if (request.doneOn().isAfter(today())) {
            throw new InvalidInputException("doneOn", "実施日に未来の日付は指定できません");
        }
        followUp.done(request.doneOn(), request.note(), caller.username());
        return changed(caller, placement, "follow-up " + followUp.getLabel() + " done");
    }

    /** The counter accepts a step suggestion: the person's stage changes, in the same slot or, later, in another. */
    public PlacementView acceptStep(Caller caller, long id, long suggestionId, PlacementRequests.AcceptStep request) {
        Placement placement = counterClaims(caller, id);
        StepSuggestion suggestion = suggestion(placement, suggestionId, request.version());
        placement.requireActive();
        suggestion.decide(StepSuggestion.State.ACCEPTED, caller.username());
        PacingStage to = suggestion.to();
        em.find(Candidate.class, placement.getCandidateId()).changeStage(to.hoursPerDay(), to.daysPerWeek());
        boolean inPlace = suggestion.getDirection() == StepDirection.DOWN || Boolean.TRUE.equals(request.currentSlotCanStepUp());
        if (inPlace) {
            placement.stepInPlace(Math.min(placement.getPlannedHours(), to.hoursPerDay()),
                    Math.min(placement.getPlannedDays(), to.daysPerWeek()));
        } else {
            placement.seekNextStage();
        }
        return changed(caller, placement, "step " + suggestion.getDirection() + " to " + to
                + (inPlace ? " in the same slot" : ", looking for a slot that fits it"));
    }

    public PlacementView dismissStep(Caller caller, long id, long suggestionId, PlacementRequests.DismissStep request) {
        Placement placement = counterClaims(caller, id);
        suggestion(placement, suggestionId, request.version()).decide(StepSuggestion.State.DISMISSED, caller.username());
        return changed(caller, placement, "step suggestion " + suggestionId + " dismissed");
    }

    /**
     * Ends the placement with an outcome; the person returns to the pool for the next round, history
     * kept, unless they found work (the counter decides what comes next).
     */
    public PlacementView end(Caller caller, long id, PlacementRequests.End request) {
        Placement placement = counterClaims(caller, id);
        Versions.claim(em, placement, request.version(), placement.getVersion());
        if (request.endedOn().isAfter(today())) {
            throw new InvalidInputException("endedOn", "終了日に未来の日付は指定できません");
        }
        placement.end(request.endedOn(), request.outcome(), request.reason(), caller.username());
        Candidate person = em.find(Candidate.class, placement.getCandidateId());
        person.pinTo(null);
        if (!request.outcome().backToPool()) {
            person.withdraw();
        }
        notifier.notify(NotificationDraft.toHost(placement.getPrefectureCode(), placement.getHostId(),
                NotificationKind.EMPLOYER_ANSWERED, PlacementStarter.SUBJECT, id, "実習が終了しました",
                "受付番号 " + placement.getProposalId() + " の方の実習は " + request.endedOn() + " で終了しました（"
                        + request.outcome().labelJa() + "）。ご協力ありがとうございました。"));
        return changed(caller, placement, "ended: " + request.outcome());
    }

    Placement find(Caller caller, long id, AuditAction action) {
        Placement placement = em.find(Placement.class, id);
        if (placement == null) {
            throw AccessPolicy.notFound(PlacementStarter.SUBJECT, id);
        }
        boolean inScope = caller.prefectureCode().equals(placement.getPrefectureCode()) && switch (caller.role()) {
            case COORDINATOR -> true;
            case COUNTER -> access.mayWrite(caller, placement.getPrefectureCode(), placement.getMunicipalityCode());
            case EMPLOYER -> access.mayManageHost(caller, placement.getPrefectureCode(), placement.getHostId());
        };
        if (!inScope) {
            throw access.outOfScope(caller, action, PlacementStarter.SUBJECT, id);
        }
        return placement;
    }

    private Placement counterClaims(Caller caller, long id) {
        access.requireRole(caller, AuditAction.UPDATE, PlacementStarter.SUBJECT, Role.COUNTER);
        return find(caller, id, AuditAction.UPDATE);
    }

    private StepSuggestion suggestion(Placement placement, long suggestionId, Long version) {
        StepSuggestion suggestion = em.find(StepSuggestion.class, suggestionId);
        if (suggestion == null || !suggestion.getPlacementId().equals(placement.getId())) {
            throw AccessPolicy.notFound("step-suggestion", suggestionId);
        }
        Versions.claim(em, suggestion, version, suggestion.getVersion());
        return suggestion;
    }

    private PlacementView changed(Caller caller, Placement placement, String detail) {
        em.flush();
        audit.allowed(caller, AuditAction.UPDATE, PlacementStarter.SUBJECT, placement.getId(), caseCode(placement), detail);
        return view(caller, placement, null);
    }

    private String caseCode(Placement placement) {
        return em.find(Candidate.class, placement.getCandidateId()).getCaseCode();
    }

    static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    /** The placement for this caller; a read ({@code action} not null) of the case is audited. */
    PlacementView view(Caller caller, Placement p, AuditAction action) {
        return views(caller, List.of(p), action).get(0);
    }

    /**
     * The placements for this caller, read together: a few queries for the whole list, not a few per
     * placement. Each read ({@code action} not null) of a case is audited.
     */
    private List<PlacementView> views(Caller caller, List<Placement> placements, AuditAction action) {
        if (placements.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = placements.stream().map(Placement::getId).collect(Collectors.toSet());
        Map<Long, String> caseCodes = pairs("select c.id, c.caseCode from Candidate c where c.id in :ids",
                placements.stream().map(Placement::getCandidateId).collect(Collectors.toSet()));
        Map<Long, String> hostNames = pairs("select h.id, h.name from HostOrganisation h where h.id in :ids",
                placements.stream().map(Placement::getHostId).collect(Collectors.toSet()));
        Map<Long, String> taskTitles = pairs("select s.id, t.title from TrialSlot s, CarvedOutTask t"
                + " where s.id in :ids and t.id = s.taskId", placements.stream().map(Placement::getSlotId)
                .collect(Collectors.toSet()));
        Map<Long, List<FollowUp>> followUps = em.createQuery("select f from FollowUp f where f.placementId in :ids"
                        + " order by f.dueOn", FollowUp.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(FollowUp::getPlacementId));
        Map<Long, List<StepSuggestion>> suggestions = em.createQuery("select s from StepSuggestion s"
                        + " where s.placementId in :ids order by s.id", StepSuggestion.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(StepSuggestion::getPlacementId));
        Map<Long, List<AttendanceWeek>> attendance = AttendanceService.weeksOf(em, ids);
        LocalDate today = today();
        boolean host = caller.is(Role.EMPLOYER);
        List<PlacementView> views = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            String caseCode = caseCodes.get(p.getCandidateId());
            if (action != null) {
                audit.allowed(caller, action, PlacementStarter.SUBJECT, p.getId(), caseCode, null);
            }
            List<FollowUp> due = followUps.getOrDefault(p.getId(), List.of());
            int overdue = p.isActive() ? (int) due.stream().filter(f -> f.isOverdue(today)).count() : 0;
            views.add(new PlacementView(p.getId(), p.getProposalId(), host ? null : p.getCandidateId(),
                    host ? null : caseCode, host ? null : p.getMunicipalityCode(), p.getSlotId(), p.getHostId(), hostNames.get(p.getHostId()),
                    taskTitles.get(p.getSlotId()), p.getStartDate(), p.getPlannedDays(), p.getPlannedHours(), p.getState(),
                    p.isSeekingNextStage(), p.getEndedOn(), p.getOutcome(),
                    p.getOutcome() == null ? null : p.getOutcome().labelJa(), host ? null : p.getEndReason(), p.getVersion(),
                    host ? null : overdue,
                    host ? null : due.stream().map(f -> PlacementView.FollowUpView.of(f, today)).toList(),
                    attendance.getOrDefault(p.getId(), List.of()),
                    host ? null : suggestions.getOrDefault(p.getId(), List.of()).stream()
                            .map(PlacementView.SuggestionView::of).toList()));
        }
        return views;
    }

    /** id → text from a two-column query over {@code ids}. */
    private Map<Long, String> pairs(String jpql, Set<Long> ids) {
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
