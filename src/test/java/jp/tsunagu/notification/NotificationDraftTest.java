package jp.tsunagu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotificationDraftTest {

    @Test
    void factoriesAddressOneAudience() {
        NotificationDraft coordinators = NotificationDraft.toCoordinators("20", NotificationKind.STEP_SUGGESTED,
                "candidate", 9L, "ステップ変更の提案があります", "ケース MT-0042");
        assertThat(coordinators.audience()).isEqualTo(Audience.COORDINATOR);
        assertThat(coordinators.counterId()).isNull();
        assertThat(coordinators.hostId()).isNull();
        assertThat(coordinators.dedupeKey()).isNull();

        NotificationDraft counter = NotificationDraft.toCounter("20", 7, NotificationKind.FOLLOW_UP_OVERDUE,
                "follow-up", 17L, null, " 期限は 3月1日 でした。 ");
        assertThat(counter.audience()).isEqualTo(Audience.COUNTER);
        assertThat(counter.counterId()).isEqualTo(7L);
        assertThat(counter.titleJa()).isEqualTo("期限を過ぎたフォローアップ");
        assertThat(counter.bodyJa()).isEqualTo("期限は 3月1日 でした。");

        NotificationDraft host = NotificationDraft.toHost("20", 3, NotificationKind.VISIT_BOOKED, "visit", 2L,
                "見学の予定", null);
        assertThat(host.audience()).isEqualTo(Audience.HOST);
        assertThat(host.hostId()).isEqualTo(3L);
        assertThat(host.bodyJa()).isEmpty();
    }

    @Test
    void aDedupeKeyIsKeptAndTheRestUnchanged() {
        NotificationDraft draft = NotificationDraft.toCounter("20", 7, NotificationKind.PROGRAMME_LIMIT_NEAR,
                "candidate", 5L, null, "残り30日です。");
        NotificationDraft deduped = draft.dedupedBy("PROGRAMME_LIMIT_NEAR:candidate:5:30");
        assertThat(deduped.dedupeKey()).isEqualTo("PROGRAMME_LIMIT_NEAR:candidate:5:30");
        assertThat(deduped.dedupedBy(null)).isEqualTo(draft);
        assertThat(deduped.bodyJa()).isEqualTo(draft.bodyJa());
    }

    @Test
    void anInconsistentOrOversizedDraftIsRefused() {
        assertThatThrownBy(() -> new NotificationDraft("20", Audience.COUNTER, null, null,
                NotificationKind.PERSON_DECLINED, "proposal", 1L, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationDraft("20", Audience.COORDINATOR, 7L, null,
                NotificationKind.PERSON_DECLINED, "proposal", 1L, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationDraft.toHost("20", 3, NotificationKind.DECISION_WAITING, "proposal", 1L,
                null, "あ".repeat(NotificationDraft.BODY_MAX + 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationDraft.toHost("20", 3, NotificationKind.DECISION_WAITING, "", 1L,
                null, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
