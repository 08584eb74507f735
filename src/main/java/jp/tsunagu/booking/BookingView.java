package jp.tsunagu.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A booking as read. Times are the prefecture's local time. The host's view carries only what the
 * host needs (kind, times, note); absent fields are left out of the JSON.
 *
 * @param staff       the accompanying staff, by id and name
 * @param createdAt   when it was booked (UTC)
 * @param cancelledAt when it was cancelled (UTC); absent while it stands
 */
public record BookingView(long id, Long proposalId, BookingKind kind, String kindLabel, LocalDateTime startsAt,
                          LocalDateTime endsAt, String note, List<Long> staffIds, List<StaffView> staff,
                          String createdBy, Instant createdAt, Instant cancelledAt) {

    static BookingView of(Booking b, List<StaffView> staff) {
        return new BookingView(b.getId(), b.getProposalId(), b.getKind(), b.getKind().labelJa(), b.getStartsAt(),
                b.getEndsAt(), b.getNote(), b.getStaffIds(), staff, b.getCreatedBy(), utc(b.getCreatedAt()),
                utc(b.getCancelledAt()));
    }

    /** What the host of the proposal sees. */
    static BookingView forHost(Booking b) {
        return new BookingView(b.getId(), null, b.getKind(), b.getKind().labelJa(), b.getStartsAt(), b.getEndsAt(),
                b.getNote(), null, null, null, null, utc(b.getCancelledAt()));
    }

    /** A calendar entry of a case the caller may not read: only that the staff member is taken, and when. */
    static BookingView busy(Booking b) {
        return new BookingView(b.getId(), null, b.getKind(), b.getKind().labelJa(), b.getStartsAt(), b.getEndsAt(),
                null, null, null, null, null, null);
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
