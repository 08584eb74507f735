package jp.tsunagu.booking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * A site visit (見学会) or an accompaniment (同行) for one proposal, at a time of the prefecture's
 * local clock, holding its accompanying staff. Cancelling keeps the record (and its staff rows, for
 * the history) but frees the staff: a cancelled booking no longer counts in any clash or calendar.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "proposal_id")
    private Long proposalId;
    @Enumerated(EnumType.STRING)
    private BookingKind kind;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    private String note;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "booking_staff", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderBy("staffId")
    private List<StaffHold> staff = new ArrayList<>();

    protected Booking() {
    }

    public Booking(String prefectureCode, Long proposalId, BookingKind kind, Interval when, String note,
                   Collection<Long> staffIds, String createdBy) {
        this.prefectureCode = prefectureCode;
        this.proposalId = proposalId;
        this.kind = kind;
        this.startsAt = when.start();
        this.endsAt = when.end();
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        staffIds.stream().sorted().forEach(id -> staff.add(new StaffHold(id, when)));
    }

    /** Frees the staff; a booking is cancelled once. */
    public void cancel() {
        if (cancelledAt != null) {
            throw new LifecycleConflict("この予約は既に取り消されています。");
        }
        cancelledAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public BookingKind getKind() {
        return kind;
    }

    public Interval interval() {
        return new Interval(startsAt, endsAt);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** UTC. */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** UTC; null while the booking stands. */
    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public List<Long> getStaffIds() {
        return staff.stream().map(StaffHold::getStaffId).toList();
    }
}
