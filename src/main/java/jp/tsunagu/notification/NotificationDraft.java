package jp.tsunagu.notification;

import java.util.Objects;

/**
 * A notification about to be sent: its audience, what it is about and its short Japanese text.
 * Made with {@link #toCoordinators}, {@link #toCounter} or {@link #toHost}, optionally
 * {@link #dedupedBy deduplicated}, and handed to {@link Notifier#notify(NotificationDraft)}.
 *
 * <p>The text is read in an inbox and may be mailed: it names the subject (a case code, a host, a
 * date) but never a person's health or accommodation details.
 *
 * @param counterId  the counter, for {@link Audience#COUNTER}; null otherwise
 * @param hostId     the host organisation, for {@link Audience#HOST}; null otherwise
 * @param subjectType what it is about, as the audit trail names records ({@code "proposal"}, {@code "candidate"})
 * @param subjectId  that record's id, or null
 * @param titleJa    the subject line; null takes the kind's label
 * @param dedupeKey  unique per prefecture: a second draft with the same key is not notified; null for none
 */
public record NotificationDraft(String prefectureCode, Audience audience, Long counterId, Long hostId,
                                NotificationKind kind, String subjectType, Long subjectId, String titleJa,
                                String bodyJa, String dedupeKey) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 1000;
    public static final int SUBJECT_TYPE_MAX = 30;
    public static final int DEDUPE_KEY_MAX = 200;

    public NotificationDraft {
        Objects.requireNonNull(prefectureCode, "prefectureCode");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        switch (audience) {
            case COORDINATOR -> require(counterId == null && hostId == null, "coordinators' notification names no counter or host");
            case COUNTER -> require(counterId != null && hostId == null, "a counter's notification names its counter only");
            case HOST -> require(hostId != null && counterId == null, "a host's notification names its host only");
        }
        titleJa = titleJa == null || titleJa.isBlank() ? kind.labelJa() : titleJa.strip();
        bodyJa = bodyJa == null ? "" : bodyJa.strip();
        dedupeKey = dedupeKey == null || dedupeKey.isBlank() ? null : dedupeKey.strip();
        require(!subjectType.isBlank() && subjectType.length() <= SUBJECT_TYPE_MAX, "subjectType: 1 to 30 characters");
        require(titleJa.length() <= TITLE_MAX, "titleJa: at most " + TITLE_MAX + " characters");
        require(bodyJa.length() <= BODY_MAX, "bodyJa: at most " + BODY_MAX + " characters");
        require(dedupeKey == null || dedupeKey.length() <= DEDUPE_KEY_MAX,
                "dedupeKey: at most " + DEDUPE_KEY_MAX + " characters");
    }

    /** To the prefecture's coordinators. */
    public static NotificationDraft toCoordinators(String prefectureCode, NotificationKind kind, String subjectType,
                                                   Long subjectId, String titleJa, String bodyJa) {
        return new NotificationDraft(prefectureCode, Audience.COORDINATOR, null, null, kind, subjectType, subjectId,
                titleJa, bodyJa, null);
    }

    /** To every account of one support counter. */
    public static NotificationDraft toCounter(String prefectureCode, long counterId, NotificationKind kind,
                                              String subjectType, Long subjectId, String titleJa, String bodyJa) {
        return new NotificationDraft(prefectureCode, Audience.COUNTER, counterId, null, kind, subjectType, subjectId,
                titleJa, bodyJa, null);
    }

    /** To every employer account of one host organisation. */
    public static NotificationDraft toHost(String prefectureCode, long hostId, NotificationKind kind,
                                           String subjectType, Long subjectId, String titleJa, String bodyJa) {
        return new NotificationDraft(prefectureCode, Audience.HOST, null, hostId, kind, subjectType, subjectId,
                titleJa, bodyJa, null);
    }

    /**
     * The same draft, notified at most once per prefecture under {@code key}, e.g.
     * {@code "FOLLOW_UP_OVERDUE:follow-up:17"} for a check that runs every day.
     */
    public NotificationDraft dedupedBy(String key) {
        return new NotificationDraft(prefectureCode, audience, counterId, hostId, kind, subjectType, subjectId, titleJa,
                bodyJa, key);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
