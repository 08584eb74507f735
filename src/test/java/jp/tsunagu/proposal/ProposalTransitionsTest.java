package jp.tsunagu.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.tsunagu.platform.LifecycleConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every transition of the proposal lifecycle, allowed and refused, against the diagram in docs/lifecycle.md. */
class ProposalTransitionsTest {

    /** The diagram, written out by hand: state → event → next state. */
    private static final Map<ProposalState, Map<ProposalEvent, ProposalState>> DIAGRAM = Map.of(
            ProposalState.DRAFT, Map.of(
                    ProposalEvent.PIN, ProposalState.DRAFT,
                    ProposalEvent.UNPIN, ProposalState.DRAFT,
                    ProposalEvent.SWAP, ProposalState.DRAFT,
                    ProposalEvent.MOVED_BY_SWAP, ProposalState.DRAFT,
                    ProposalEvent.EXCLUDE, ProposalState.SUPERSEDED,
                    ProposalEvent.PUBLISH, ProposalState.PUBLISHED,
                    ProposalEvent.RESOLVE_AWAY, ProposalState.SUPERSEDED,
                    ProposalEvent.EXPIRE, ProposalState.SUPERSEDED),
            ProposalState.PUBLISHED, Map.of(
                    ProposalEvent.MOVED_BY_SWAP, ProposalState.PUBLISHED,
                    ProposalEvent.ACCEPT, ProposalState.ACCEPTED,
                    ProposalEvent.DECLINE, ProposalState.DECLINED_BY_PERSON,
                    ProposalEvent.EXPIRE, ProposalState.SUPERSEDED),
            ProposalState.ACCEPTED, Map.of(
                    ProposalEvent.DECLINE, ProposalState.DECLINED_BY_PERSON,
                    ProposalEvent.CONFIRM, ProposalState.CONFIRMED,
                    ProposalEvent.HOST_DECLINE, ProposalState.DECLINED_BY_HOST),
            ProposalState.CONFIRMED, Map.of(),
            ProposalState.DECLINED_BY_PERSON, Map.of(),
            ProposalState.DECLINED_BY_HOST, Map.of(),
            ProposalState.SUPERSEDED, Map.of());

    static Stream<Arguments> everyStateAndEvent() {
        List<Arguments> all = new ArrayList<>();
        for (ProposalState state : ProposalState.values()) {
            for (ProposalEvent event : ProposalEvent.values()) {
                all.add(Arguments.of(state, event));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndEvent")
    void eachEventLeadsWhereTheDiagramSaysOrIsRefusedInJapanese(ProposalState state, ProposalEvent event) {
        ProposalState expected = DIAGRAM.get(state).get(event);
        if (expected != null) {
            assertThat(ProposalTransitions.require(state, event)).isEqualTo(expected);
        } else {
            assertThat(ProposalTransitions.next(state, event)).isEmpty();
            assertThatThrownBy(() -> ProposalTransitions.require(state, event))
                    .isInstanceOf(LifecycleConflict.class)
                    .hasMessageContaining(state.labelJa())
                    .hasMessageContaining(event.labelJa())
                    .hasMessageContaining("できません");
        }
    }

    @Test
    void theDiagramCoversEveryState() {
        assertThat(DIAGRAM.keySet()).containsExactlyInAnyOrder(ProposalState.values());
    }

    @Test
    void aHostCannotAnswerBeforeTheCounterRecordedConsent() {
        assertThatThrownBy(() -> ProposalTransitions.require(ProposalState.PUBLISHED, ProposalEvent.CONFIRM))
                .hasMessageContaining("同意");
    }

    @Test
    void onlyLiveStatesHoldASlotAndHostsSeeOnlyConsentedOnes() {
        assertThat(ProposalState.LIVE).containsExactlyInAnyOrder(ProposalState.DRAFT, ProposalState.PUBLISHED,
                ProposalState.ACCEPTED, ProposalState.CONFIRMED);
        assertThat(ProposalState.CONSENTED).doesNotContain(ProposalState.DRAFT, ProposalState.PUBLISHED);
        assertThat(ProposalState.VISIBLE_TO_COUNTER).doesNotContain(ProposalState.DRAFT, ProposalState.SUPERSEDED);
    }

    @Test
    void aRecordMovesOnlyThroughTheTable() {
        ProposalRecord record = new ProposalRecord(1L, 2L, "202029", 3L, 4L, 5L, 30,
                jp.tsunagu.candidate.TravelMode.CAR, false, false, "説明", "[]");
        record.pin(true);
        assertThat(record.isPinned()).isTrue();
        record.apply(ProposalEvent.PUBLISH);
        assertThatThrownBy(() -> record.pin(false)).isInstanceOf(LifecycleConflict.class);
        assertThat(record.isPinned()).as("a refused step changes nothing").isTrue();
        record.accept(java.time.LocalDate.of(2026, 11, 20), java.util.Set.of(SharedItem.PACING_STAGE), null, "counter");
        assertThat(record.getState()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(record.getSharedItems()).containsExactly(SharedItem.PACING_STAGE);
        record.confirm(java.time.LocalDate.of(2026, 12, 1), null, "employer");
        assertThat(record.getState()).isEqualTo(ProposalState.CONFIRMED);
        assertThatThrownBy(() -> record.declineByHost(HostDeclineReason.OTHER, "x", "employer"))
                .isInstanceOf(LifecycleConflict.class);
    }
}
