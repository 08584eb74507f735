package jp.tsunagu.notification;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;

/**
 * Which notifications a caller's inbox holds, written once: a coordinator reads the coordinators'
 * notifications of its prefecture, a counter's account those of its counter, an employer's account
 * those of its host organisation. Nobody reads another prefecture's, another counter's or another
 * host's notifications, whatever its role.
 *
 * @param counterId the counter, for {@link Audience#COUNTER}; null otherwise
 * @param hostId    the host organisation, for {@link Audience#HOST}; null otherwise
 */
public record InboxScope(String prefectureCode, Audience audience, Long counterId, Long hostId) {

    public InboxScope {
        Objects.requireNonNull(prefectureCode, "prefectureCode");
        Objects.requireNonNull(audience, "audience");
    }

    /** The caller's inbox; empty for an account that acts for no counter or host although its role needs one. */
    public static Optional<InboxScope> of(Caller caller) {
        return switch (caller.role()) {
            case COORDINATOR -> Optional.of(new InboxScope(caller.prefectureCode(), Audience.COORDINATOR, null, null));
            case COUNTER -> caller.counterId() == null ? Optional.empty()
                    : Optional.of(new InboxScope(caller.prefectureCode(), Audience.COUNTER, caller.counterId(), null));
            case EMPLOYER -> caller.hostId() == null ? Optional.empty()
                    : Optional.of(new InboxScope(caller.prefectureCode(), Audience.HOST, null, caller.hostId()));
        };
    }

    /** Whether the caller may see a notification addressed like this. */
    public static boolean addresses(Caller caller, String prefectureCode, Audience audience, Long counterId,
                                    Long hostId) {
        return of(caller).map(scope -> scope.includes(prefectureCode, audience, counterId, hostId)).orElse(false);
    }

    public boolean includes(String prefectureCode, Audience audience, Long counterId, Long hostId) {
        if (!this.prefectureCode.equals(prefectureCode) || this.audience != audience) {
            return false;
        }
        return switch (audience) {
            case COORDINATOR -> true;
            case COUNTER -> Objects.equals(this.counterId, counterId);
            case HOST -> Objects.equals(this.hostId, hostId);
        };
    }

    public boolean includes(Notification n) {
        return includes(n.getPrefectureCode(), n.getAudience(), n.getCounterId(), n.getHostId());
    }

    /** The same rule as a JPQL condition on {@code alias}, with its parameters ({@link #parameters()}). */
    public String condition(String alias) {
        String common = alias + ".prefectureCode = :scopePrefecture and " + alias + ".audience = :scopeAudience";
        return switch (audience) {
            case COORDINATOR -> common;
            case COUNTER -> common + " and " + alias + ".counterId = :scopeCounter";
            case HOST -> common + " and " + alias + ".hostId = :scopeHost";
        };
    }

    public Map<String, Object> parameters() {
        return switch (audience) {
            case COORDINATOR -> Map.of("scopePrefecture", prefectureCode, "scopeAudience", audience);
            case COUNTER -> Map.of("scopePrefecture", prefectureCode, "scopeAudience", audience, "scopeCounter", counterId);
            case HOST -> Map.of("scopePrefecture", prefectureCode, "scopeAudience", audience, "scopeHost", hostId);
        };
    }

    /** The roles whose accounts receive this audience's notifications. */
    Role recipientRole() {
        return switch (audience) {
            case COORDINATOR -> Role.COORDINATOR;
            case COUNTER -> Role.COUNTER;
            case HOST -> Role.EMPLOYER;
        };
    }

    static InboxScope of(NotificationDraft draft) {
        return new InboxScope(draft.prefectureCode(), draft.audience(), draft.counterId(), draft.hostId());
    }
}
