package jp.tsunagu.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One staff member held by a booking (a row of {@code booking_staff}). The booking's times are
 * repeated here so that finding a staff member's clashes is one lookup on the index
 * {@code (staff_id, starts_at)}.
 */
@Embeddable
public class StaffHold {

    @Column(name = "staff_id")
    private Long staffId;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    protected StaffHold() {
    }

    StaffHold(Long staffId, Interval when) {
        this.staffId = staffId;
        this.startsAt = when.start();
        this.endsAt = when.end();
    }

    public Long getStaffId() {
        return staffId;
    }

    public Interval interval() {
        return new Interval(startsAt, endsAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffHold other && Objects.equals(staffId, other.staffId)
                && Objects.equals(startsAt, other.startsAt) && Objects.equals(endsAt, other.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(staffId, startsAt, endsAt);
    }
}
