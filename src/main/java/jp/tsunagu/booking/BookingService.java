package jp.tsunagu.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.candidate.Candidate;
import jp.tsunagu.matching.round.MatchingRound;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.proposal.ProposalRecord;

/**
 * Booking site visits (見学会) and accompaniment (同行) for a proposal, and cancelling them. Each
 * runs in one transaction with its audit entry.
 *
 * <p>No staff member is ever held by two bookings at overlapping times, even when two requests
 * book the same person at once: a booking first locks the rows of its staff
 * ({@code SELECT ... FOR UPDATE}, in id order so that two bookings sharing staff cannot deadlock),
 * then looks for clashes and inserts, all in the same transaction. A second booking of the same
 * staff waits for the first to commit, and then sees it.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    static final String SUBJECT = "booking";
    static final String PROPOSAL = "proposal";
    /** The days a calendar shows when no end is asked for, and the most it shows. */
    static final int CALENDAR_DAYS = 31;
    static final int MAX_CALENDAR_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    /** A proposal with what the access rules and the audit trail need of it. */
    private record ProposalCase(ProposalRecord proposal, String prefectureCode, String caseCode) {
    }

    public BookingView create(Caller caller, long proposalId, BookingInput input) {
        access.requireRole(caller, AuditAction.CREATE, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        LocalDateTime startsAt = BookingRules.localTime("startsAt", input.startsAt());
        LocalDateTime endsAt = BookingRules.localTime("endsAt", input.endsAt());
        Interval when = BookingRules.times(startsAt, endsAt, BookingRules.now());
        List<Long> staffIds = input.staffIdsOrEmpty().stream().distinct().sorted().toList();

        // The lock comes before any other read of this transaction: the snapshot that the clash
        // query reads is then taken after every earlier booking of these staff has committed.
        Map<Long, SupportStaff> staff = lockStaff(staffIds);
        ProposalCase target = arrangeable(caller, proposalId, AuditAction.CREATE);
        ProposalRecord proposal = target.proposal();
        BookingRules.requireFitsProposal(input.kind(), proposal.getState(), proposal.getFirstDay(), when);
        requireBookable(caller, staffIds, staff);
        requireFree(staff, when);

        Booking booking = new Booking(target.prefectureCode(), proposalId, input.kind(), when, blankToNull(input.note()),
                staffIds, caller.username());
        em.persist(booking);
        em.flush();
        audit.allowed(caller, AuditAction.CREATE, SUBJECT, booking.getId(), target.caseCode(),
                input.kind() + " " + when.start() + "/" + when.end() + " proposal " + proposalId + " staff " + staffIds);
        return view(booking);
    }

    /** Cancels a booking: it stays on record, and its staff are free again at that time. */
    public BookingView cancel(Caller caller, long bookingId) {
        access.requireRole(caller, AuditAction.CANCEL, SUBJECT, Role.COORDINATOR, Role.COUNTER);
        Booking booking = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
        if (booking == null) {
            throw AccessPolicy.notFound(SUBJECT, bookingId);
        }
        ProposalCase target = proposalCase(booking.getProposalId());
        if (target == null || !target.proposal().getState().shownTo(caller.role())
                || !access.mayArrangeVisits(caller, target.prefectureCode(), target.proposal().getMunicipalityCode())) {
            throw access.outOfScope(caller, AuditAction.CANCEL, SUBJECT, bookingId);
        }
        booking.cancel();
        em.flush();
        audit.allowed(caller, AuditAction.CANCEL, SUBJECT, bookingId, target.caseCode(),
                "proposal " + booking.getProposalId());
        return view(booking);
    }

    /**
     * The bookings of a proposal, by start. The host of the proposal sees kind, times and note once
     * the person has accepted; the coordinator and the person's counter see everything.
     */
    public List<BookingView> list(Caller caller, long proposalId, boolean includeCancelled) {
        access.requireRole(caller, AuditAction.LIST, SUBJECT, Role.COORDINATOR, Role.COUNTER, Role.EMPLOYER);
        ProposalCase target = proposalCase(proposalId);
        if (target == null) {
            throw AccessPolicy.notFound(PROPOSAL, proposalId);
        }
        ProposalRecord proposal = target.proposal();
        boolean host = caller.is(Role.EMPLOYER);
        if (!proposal.getState().shownTo(caller.role())
                || !access.mayReadVisits(caller, target.prefectureCode(), proposal.getMunicipalityCode(), proposal.getHostId())) {
            throw access.outOfScope(caller, AuditAction.LIST, PROPOSAL, proposalId);
        }
        List<Booking> found = em.createQuery("select b from Booking b where b.proposalId = :p"
                        + (includeCancelled ? "" : " and b.cancelledAt is null") + " order by b.startsAt, b.id", Booking.class)
                .setParameter("p", proposalId).getResultList();
        audit.allowed(caller, AuditAction.LIST, PROPOSAL, proposalId, target.caseCode(), "bookings: " + found.size());
        return host ? found.stream().map(BookingView::forHost).toList() : found.stream().map(this::view).toList();
    }

    /**
     * The bookings holding a staff member that overlap the days {@code from} to {@code to} (both
     * included; from today for 31 days when absent), not cancelled, by start. A booking of a case
     * the caller may not read shows only that the staff member is taken, and when.
     */
    public List<BookingView> calendar(Caller caller, long staffId, String from, String to) {
        access.requireRole(caller, AuditAction.READ, StaffService.SUBJECT, Role.COORDINATOR, Role.COUNTER);
        LocalDate first = from == null || from.isBlank() ? BookingRules.now().toLocalDate() : date("from", from);
        LocalDate last = to == null || to.isBlank() ? first.plusDays(CALENDAR_DAYS - 1) : date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "to は from 以降の日付にしてください");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_CALENDAR_DAYS) {
            throw new InvalidInputException("to", "カレンダーは " + MAX_CALENDAR_DAYS + " 日以内の範囲で指定してください");
        }
        SupportStaff staff = em.find(SupportStaff.class, staffId);
        if (staff == null) {
            throw AccessPolicy.notFound(StaffService.SUBJECT, staffId);
        }
        if (!access.mayBookStaff(caller, staff.getPrefectureCode(), staff.getCounterId())) {
            throw access.outOfScope(caller, AuditAction.READ, StaffService.SUBJECT, staffId);
        }
        List<Booking> found = em.createQuery("select b from Booking b join b.staff h where h.staffId = :s"
                        + " and b.cancelledAt is null and h.startsAt < :until and h.endsAt > :since"
                        + " order by h.startsAt, b.id", Booking.class)
                .setParameter("s", staffId)
                .setParameter("since", first.atStartOfDay())
                .setParameter("until", last.plusDays(1).atStartOfDay())
                .getResultList();
        return found.stream().map(b -> {
            ProposalCase target = proposalCase(b.getProposalId());
            if (target == null || !access.mayRead(caller, target.prefectureCode(), target.proposal().getMunicipalityCode())) {
                return BookingView.busy(b);
            }
            audit.allowed(caller, AuditAction.READ, SUBJECT, b.getId(), target.caseCode(), "calendar of staff " + staffId);
            return view(b);
        }).toList();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "日付は 2026-06-01 の形式で指定してください: " + value);
        }
    }

    /** Locks the staff rows in id order ({@code SELECT ... WHERE id IN (...) ORDER BY id FOR UPDATE}). */
    private Map<Long, SupportStaff> lockStaff(List<Long> sortedIds) {
        if (sortedIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from SupportStaff s where s.id in :ids order by s.id", SupportStaff.class)
                .setParameter("ids", sortedIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .collect(Collectors.toMap(SupportStaff::getId, Function.identity()));
    }

    /** Every staff member exists, may be booked by the caller, and is active. */
    private void requireBookable(Caller caller, List<Long> staffIds, Map<Long, SupportStaff> staff) {
        for (Long id : staffIds) {
            SupportStaff s = staff.get(id);
            if (s == null || !access.mayBookStaff(caller, s.getPrefectureCode(), s.getCounterId())) {
                throw new InvalidInputException("staffIds", "職員 " + id + " は見つからないか、この窓口では予約できません");
            }
            if (!s.isActive()) {
                throw new InvalidInputException("staffIds", "「" + s.getName() + "」は現在予約できません（登録が無効です）");
            }
        }
    }

    /**
     * Refuses (409) when a staff member already has a booking at an overlapping time. Every booking
     * lasts at most {@link BookingRules#MAX_LENGTH}, so a clashing one starts after
     * {@code start - MAX_LENGTH}: the lookup is one bounded range of the index (staff_id, starts_at).
     */
    private void requireFree(Map<Long, SupportStaff> staff, Interval when) {
        if (staff.isEmpty()) {
            return;
        }
        List<Object[]> holds = em.createQuery("select h.staffId, h.startsAt, h.endsAt from Booking b join b.staff h"
                        + " where h.staffId in :ids and h.startsAt > :floor and h.startsAt < :end and h.endsAt > :start"
                        + " and b.cancelledAt is null", Object[].class)
                .setParameter("ids", List.copyOf(staff.keySet()))
                .setParameter("floor", when.start().minus(BookingRules.MAX_LENGTH))
                .setParameter("start", when.start())
                .setParameter("end", when.end())
                .getResultList();
        holds.stream()
                .map(row -> Map.entry((Long) row[0], new Interval((LocalDateTime) row[1], (LocalDateTime) row[2])))
                .filter(hold -> hold.getValue().clashesWith(when))
                .min(Comparator.comparing((Map.Entry<Long, Interval> hold) -> hold.getValue().start())
                        .thenComparing(Map.Entry::getKey))
                .ifPresent(hold -> {
                    throw new LifecycleConflict(BookingRules.clashMessage(staff.get(hold.getKey()).getName(), hold.getValue()));
                });
    }

    /** The proposal, if the caller may book for it; 404 otherwise. */
    private ProposalCase arrangeable(Caller caller, long proposalId, AuditAction action) {
        ProposalCase target = proposalCase(proposalId);
        if (target == null) {
            throw AccessPolicy.notFound(PROPOSAL, proposalId);
        }
        if (!target.proposal().getState().shownTo(caller.role())
                || !access.mayArrangeVisits(caller, target.prefectureCode(), target.proposal().getMunicipalityCode())) {
            throw access.outOfScope(caller, action, PROPOSAL, proposalId);
        }
        return target;
    }

    private ProposalCase proposalCase(long proposalId) {
        ProposalRecord proposal = em.find(ProposalRecord.class, proposalId);
        if (proposal == null) {
            return null;
        }
        MatchingRound round = em.find(MatchingRound.class, proposal.getRoundId());
        Candidate candidate = em.find(Candidate.class, proposal.getCandidateId());
        return new ProposalCase(proposal, round.getPrefectureCode(), candidate == null ? null : candidate.getCaseCode());
    }

    private BookingView view(Booking booking) {
        List<Long> ids = booking.getStaffIds();
        List<StaffView> staff = ids.isEmpty() ? List.of()
                : em.createQuery("select s from SupportStaff s where s.id in :ids order by s.id", SupportStaff.class)
                        .setParameter("ids", ids).getResultList().stream().map(StaffView::of).toList();
        return BookingView.of(booking, staff);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
