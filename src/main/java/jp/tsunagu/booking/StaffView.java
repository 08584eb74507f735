package jp.tsunagu.booking;

/**
 * A staff member as the coordinator or a counter sees it.
 *
 * @param counterId   the counter the staff member works for; absent for the prefecture's own
 * @param prefectural true for the prefecture's staff (job coaches), false for a counter's
 */
public record StaffView(long id, String name, Long counterId, boolean prefectural, boolean active) {

    static StaffView of(SupportStaff s) {
        return new StaffView(s.getId(), s.getName(), s.getCounterId(), s.getCounterId() == null, s.isActive());
    }
}
