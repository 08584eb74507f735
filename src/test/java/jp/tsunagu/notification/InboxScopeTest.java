package jp.tsunagu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import org.junit.jupiter.api.Test;

/** Which caller's inbox holds which notification. */
class InboxScopeTest {

    private static final String NAGANO = "20";
    private static final String OTHER_PREFECTURE = "15";

    private final Caller coordinator = new Caller("coordinator", Role.COORDINATOR, NAGANO, null, Set.of(), null);
    private final Caller counter7 = new Caller("counter-202029", Role.COUNTER, NAGANO, 7L, Set.of("202029"), null);
    private final Caller counter8 = new Caller("counter-202011", Role.COUNTER, NAGANO, 8L, Set.of("202011"), null);
    private final Caller employer3 = new Caller("employer-H0003", Role.EMPLOYER, NAGANO, null, Set.of(), 3L);
    private final Caller employer4 = new Caller("employer-H0004", Role.EMPLOYER, NAGANO, null, Set.of(), 4L);
    private final Caller otherCoordinator = new Caller("coord-15", Role.COORDINATOR, OTHER_PREFECTURE, null, Set.of(), null);

    @Test
    void coordinatorsReadTheCoordinatorsNotificationsOfTheirPrefectureOnly() {
        assertThat(sees(coordinator, NAGANO, Audience.COORDINATOR, null, null)).isTrue();
        assertThat(sees(otherCoordinator, NAGANO, Audience.COORDINATOR, null, null)).isFalse();
        assertThat(sees(coordinator, NAGANO, Audience.COUNTER, 7L, null)).isFalse();
        assertThat(sees(coordinator, NAGANO, Audience.HOST, null, 3L)).isFalse();
    }

    @Test
    void aCounterReadsItsOwnCountersNotificationsOnly() {
        assertThat(sees(counter7, NAGANO, Audience.COUNTER, 7L, null)).isTrue();
        assertThat(sees(counter8, NAGANO, Audience.COUNTER, 7L, null)).isFalse();
        assertThat(sees(counter7, OTHER_PREFECTURE, Audience.COUNTER, 7L, null)).isFalse();
        assertThat(sees(counter7, NAGANO, Audience.COORDINATOR, null, null)).isFalse();
        assertThat(sees(counter7, NAGANO, Audience.HOST, null, 7L)).isFalse();
    }

    @Test
    void anEmployerReadsItsOwnHostsNotificationsOnly() {
        assertThat(sees(employer3, NAGANO, Audience.HOST, null, 3L)).isTrue();
        assertThat(sees(employer4, NAGANO, Audience.HOST, null, 3L)).isFalse();
        assertThat(sees(employer3, NAGANO, Audience.COUNTER, 3L, null)).isFalse();
        assertThat(sees(employer3, NAGANO, Audience.COORDINATOR, null, null)).isFalse();
    }

    @Test
    void anAccountWithoutItsCounterOrHostHasAnEmptyInbox() {
        Caller counterWithoutCounter = new Caller("x", Role.COUNTER, NAGANO, null, Set.of(), null);
        Caller employerWithoutHost = new Caller("y", Role.EMPLOYER, NAGANO, null, Set.of(), null);
        assertThat(InboxScope.of(counterWithoutCounter)).isEmpty();
        assertThat(InboxScope.of(employerWithoutHost)).isEmpty();
        assertThat(sees(counterWithoutCounter, NAGANO, Audience.COUNTER, null, null)).isFalse();
    }

    @Test
    void theQueryConditionNamesTheSameAudience() {
        InboxScope counter = InboxScope.of(counter7).orElseThrow();
        assertThat(counter.condition("n")).isEqualTo(
                "n.prefectureCode = :scopePrefecture and n.audience = :scopeAudience and n.counterId = :scopeCounter");
        assertThat(counter.parameters()).containsEntry("scopeCounter", 7L).containsEntry("scopeAudience", Audience.COUNTER)
                .containsEntry("scopePrefecture", NAGANO).hasSize(3);
        InboxScope host = InboxScope.of(employer3).orElseThrow();
        assertThat(host.condition("n")).endsWith("n.hostId = :scopeHost");
        assertThat(host.parameters()).containsEntry("scopeHost", 3L).hasSize(3);
        InboxScope coordinators = InboxScope.of(coordinator).orElseThrow();
        assertThat(coordinators.condition("n")).doesNotContain("counterId").doesNotContain("hostId");
        assertThat(coordinators.parameters()).hasSize(2);
    }

    @Test
    void aDraftReachesTheInboxItIsAddressedTo() {
        NotificationDraft toCounter = NotificationDraft.toCounter(NAGANO, 7, NotificationKind.PERSON_DECLINED,
                "proposal", 1L, null, "");
        NotificationDraft toHost = NotificationDraft.toHost(NAGANO, 3, NotificationKind.EMPLOYER_ANSWERED,
                "proposal", 1L, null, "");
        assertThat(InboxScope.of(toCounter)).isEqualTo(InboxScope.of(counter7).orElseThrow());
        assertThat(InboxScope.of(toHost)).isEqualTo(InboxScope.of(employer3).orElseThrow());
        assertThat(InboxScope.of(toHost).recipientRole()).isEqualTo(Role.EMPLOYER);
    }

    private static boolean sees(Caller caller, String prefecture, Audience audience, Long counterId, Long hostId) {
        return InboxScope.addresses(caller, prefecture, audience, counterId, hostId);
    }
}
