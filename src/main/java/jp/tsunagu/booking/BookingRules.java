package jp.tsunagu.booking;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.LifecycleConflict;
import jp.tsunagu.proposal.ProposalState;

/**
 * The rules of a booking that need no database: well-formed times (400 naming the field) and
 * whether the proposal is far enough along for a visit or an accompaniment (409 saying why).
 * Times are the prefecture's local wall-clock time.
 */
public final class BookingRules {

    /** The prefecture's time zone: bookings are stored and shown as its local time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    /** The longest booking; the clash query relies on it to bound its index range. */
    public static final Duration MAX_LENGTH = Duration.ofHours(12);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BookingRules() {
    }

    /** Now, in the prefecture's time. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE).withNano(0);
    }

    /**
     * Reads a date-time as sent: local ({@code 2026-06-02T10:00}, seconds optional) or with an
     * offset ({@code 2026-06-02T01:00:00Z}), which is converted to the prefecture's time.
     */
    public static LocalDateTime localTime(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "日時を指定してください");
        }
        String text = value.trim();
        try {
            return LocalDateTime.parse(text).withNano(0);
        } catch (DateTimeException notLocal) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(ZONE).toLocalDateTime().withNano(0);
            } catch (DateTimeException notOffset) {
                throw new InvalidInputException(field, "日時は 2026-06-02T10:00 の形式で指定してください: " + value);
            }
        }
    }

    /** The requested times: the start before the end, at most {@link #MAX_LENGTH}, and not in the past. */
    public static Interval times(LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime now) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "終了日時は開始日時より後にしてください");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidInputException("endsAt", "予約は " + MAX_LENGTH.toHours() + " 時間以内にしてください");
        }
        if (startsAt.isBefore(now)) {
            throw new InvalidInputException("startsAt", "過去の日時は指定できません");
        }
        return new Interval(startsAt, endsAt);
    }

    /**
     * A visit (見学会) needs the person's acceptance (ACCEPTED or CONFIRMED) and ends before the
     * first day when one is set; an accompaniment (同行) needs the host's confirmation and falls on
     * the first day. Anything else is refused (409) saying why.
     */
    public static void requireFitsProposal(BookingKind kind, ProposalState state, LocalDate firstDay, Interval when) {
        switch (kind) {
            case VISIT -> {
                if (state != ProposalState.ACCEPTED && state != ProposalState.CONFIRMED) {
                    throw new LifecycleConflict("見学会は、本人が承諾した提案（受入先の回答待ち・受入決定）にだけ予約できます。"
                            + "この提案は「" + state.labelJa() + "」です。");
                }
                if (firstDay != null && when.end().isAfter(firstDay.atStartOfDay())) {
                    throw new LifecycleConflict("見学会は初日（" + date(firstDay) + "）より前に終わるように予約してください。"
                            + "初日に付き添う場合は同行として予約してください。");
                }
            }
            case ACCOMPANIMENT -> {
                if (state != ProposalState.CONFIRMED) {
                    throw new LifecycleConflict("同行は、受入先が初日を決めた提案（受入決定）にだけ予約できます。"
                            + "この提案は「" + state.labelJa() + "」です。");
                }
                if (firstDay == null) {
                    throw new LifecycleConflict("この提案には初日が記録されていないため、同行を予約できません。");
                }
                if (!when.start().toLocalDate().equals(firstDay)
                        || when.end().isAfter(firstDay.plusDays(1).atStartOfDay())) {
                    throw new LifecycleConflict("同行は初日（" + date(firstDay) + "）の時間で予約してください。");
                }
            }
        }
    }

    /** The refusal of a clash: which staff member is taken, and when. */
    public static String clashMessage(String staffName, Interval existing) {
        return "「" + staffName + "」は " + span(existing) + " に別の予約があります。別の時間か別の職員を選んでください。";
    }

    /** {@code 2026年6月2日(火) 10:00〜12:00}, or with both dates when it runs past midnight. */
    static String span(Interval interval) {
        LocalDateTime start = interval.start();
        LocalDateTime end = interval.end();
        String tail = end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end)
                : date(end.toLocalDate()) + " " + TIME.format(end);
        return date(start.toLocalDate()) + " " + TIME.format(start) + "〜" + tail;
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日("
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ")";
    }
}
