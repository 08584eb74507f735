package jp.tsunagu.booking;

import static jp.tsunagu.booking.BookingKind.ACCOMPANIMENT;
import static jp.tsunagu.booking.BookingKind.VISIT;
import static jp.tsunagu.proposal.ProposalState.ACCEPTED;
import static jp.tsunagu.proposal.ProposalState.CONFIRMED;
import static jp.tsunagu.proposal.ProposalState.DECLINED_BY_HOST;
import static jp.tsunagu.proposal.ProposalState.DRAFT;
import static jp.tsunagu.proposal.ProposalState.PUBLISHED;
import static jp.tsunagu.proposal.ProposalState.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.proposal.ProposalState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BookingRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 20, 9, 0);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 2);

    private static Interval on(LocalDate day, int fromHour, int untilHour) {
        return new Interval(day.atTime(fromHour, 0), day.atTime(untilHour, 0));
    }

    private static String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.field();
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void wellFormedTimesPass() {
        Interval when = BookingRules.times(FIRST_DAY.atTime(10, 0), FIRST_DAY.atTime(12, 0), NOW);
        assertThat(when).isEqualTo(on(FIRST_DAY, 10, 12));
        assertThat(BookingRules.times(NOW, NOW.plusHours(12), NOW)).as("exactly 12 hours, starting now").isNotNull();
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertThat(fieldOf(() -> BookingRules.times(FIRST_DAY.atTime(12, 0), FIRST_DAY.atTime(12, 0), NOW)))
                .isEqualTo("endsAt");
        assertThat(fieldOf(() -> BookingRules.times(FIRST_DAY.atTime(12, 0), FIRST_DAY.atTime(10, 0), NOW)))
                .isEqualTo("endsAt");
    }

    @Test
    void atMostTwelveHours() {
        assertThat(fieldOf(() -> BookingRules.times(FIRST_DAY.atTime(8, 0), FIRST_DAY.atTime(20, 1), NOW)))
                .isEqualTo("endsAt");
    }

    @Test
    void notInThePast() {
        assertThat(fieldOf(() -> BookingRules.times(NOW.minusMinutes(1), NOW.plusHours(1), NOW))).isEqualTo("startsAt");
    }

    @Test
    void readsLocalAndOffsetTimes() {
        assertThat(BookingRules.localTime("startsAt", "2026-06-02T10:00")).isEqualTo(FIRST_DAY.atTime(10, 0));
        assertThat(BookingRules.localTime("startsAt", "2026-06-02T10:00:00")).isEqualTo(FIRST_DAY.atTime(10, 0));
        assertThat(BookingRules.localTime("startsAt", "2026-06-02T01:00:00Z")).as("UTC to Japan time")
                .isEqualTo(FIRST_DAY.atTime(10, 0));
        assertThat(BookingRules.localTime("startsAt", "2026-06-02T10:00+09:00")).isEqualTo(FIRST_DAY.atTime(10, 0));
        assertThat(fieldOf(() -> BookingRules.localTime("endsAt", "tomorrow"))).isEqualTo("endsAt");
        assertThat(fieldOf(() -> BookingRules.localTime("startsAt", " "))).isEqualTo("startsAt");
    }

    @Test
    void aVisitNeedsTheAcceptanceOfThePerson() {
        assertThatCode(() -> BookingRules.requireFitsProposal(VISIT, ACCEPTED, null, on(FIRST_DAY, 10, 12)))
                .doesNotThrowAnyException();
        assertThatCode(() -> BookingRules.requireFitsProposal(VISIT, CONFIRMED, FIRST_DAY, on(FIRST_DAY.minusDays(3), 10, 12)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalState.class, names = {"DRAFT", "PUBLISHED", "DECLINED_BY_PERSON", "DECLINED_BY_HOST", "SUPERSEDED"})
    void noVisitBeforeAcceptanceOrAfterADecline(ProposalState state) {
        assertThatThrownBy(() -> BookingRules.requireFitsProposal(VISIT, state, null, on(FIRST_DAY, 10, 12)))
                .isInstanceOf(LifecycleConflict.class)
                .hasMessageContaining("見学会")
                .hasMessageContaining(state.labelJa());
    }

    @Test
    void aVisitEndsBeforeTheFirstDay() {
        assertThatThrownBy(() -> BookingRules.requireFitsProposal(VISIT, CONFIRMED, FIRST_DAY, on(FIRST_DAY, 10, 12)))
                .isInstanceOf(LifecycleConflict.class)
                .hasMessageContaining("2026年6月2日(火)");
        Interval untilMidnight = new Interval(FIRST_DAY.minusDays(1).atTime(20, 0), FIRST_DAY.atStartOfDay());
        assertThatCode(() -> BookingRules.requireFitsProposal(VISIT, CONFIRMED, FIRST_DAY, untilMidnight))
                .as("ending as the first day begins").doesNotThrowAnyException();
        Interval pastMidnight = new Interval(FIRST_DAY.minusDays(1).atTime(20, 0), FIRST_DAY.atTime(0, 30));
        assertThatThrownBy(() -> BookingRules.requireFitsProposal(VISIT, CONFIRMED, FIRST_DAY, pastMidnight))
                .isInstanceOf(LifecycleConflict.class);
    }

    @Test
    void anAccompanimentIsOnTheFirstDayOfAConfirmedProposal() {
        assertThatCode(() -> BookingRules.requireFitsProposal(ACCOMPANIMENT, CONFIRMED, FIRST_DAY, on(FIRST_DAY, 9, 13)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BookingRules.requireFitsProposal(ACCOMPANIMENT, CONFIRMED, FIRST_DAY,
                on(FIRST_DAY.minusDays(1), 9, 13)))
                .isInstanceOf(LifecycleConflict.class).hasMessageContaining("初日");
        Interval intoTheNextDay = new Interval(FIRST_DAY.atTime(20, 0), FIRST_DAY.plusDays(1).atTime(1, 0));
        assertThatThrownBy(() -> BookingRules.requireFitsProposal(ACCOMPANIMENT, CONFIRMED, FIRST_DAY, intoTheNextDay))
                .isInstanceOf(LifecycleConflict.class);
    }

    @Test
    void noAccompanimentBeforeTheHostConfirms() {
        for (ProposalState state : new ProposalState[] {DRAFT, PUBLISHED, ACCEPTED, DECLINED_BY_HOST, SUPERSEDED}) {
            assertThatThrownBy(() -> BookingRules.requireFitsProposal(ACCOMPANIMENT, state, null, on(FIRST_DAY, 9, 13)))
                    .as(state.name())
                    .isInstanceOf(LifecycleConflict.class)
                    .hasMessageContaining("同行")
                    .hasMessageContaining(state.labelJa());
        }
        assertThatThrownBy(() -> BookingRules.requireFitsProposal(ACCOMPANIMENT, CONFIRMED, null, on(FIRST_DAY, 9, 13)))
                .isInstanceOf(LifecycleConflict.class).hasMessageContaining("初日");
    }

    @Test
    void theClashMessageNamesTheStaffMemberAndTheTime() {
        String message = BookingRules.clashMessage("長野県 ジョブコーチ1", on(FIRST_DAY, 10, 12));
        assertThat(message).contains("長野県 ジョブコーチ1").contains("2026年6月2日(火) 10:00〜12:00");
        Interval night = new Interval(FIRST_DAY.atTime(22, 0), FIRST_DAY.plusDays(1).atTime(2, 0));
        assertThat(BookingRules.span(night)).isEqualTo("2026年6月2日(火) 22:00〜2026年6月3日(水) 02:00");
    }
}
