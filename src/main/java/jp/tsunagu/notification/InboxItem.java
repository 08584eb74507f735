package jp.tsunagu.notification;

import java.time.Instant;

/**
 * One notification as its reader sees it.
 *
 * @param kindLabel the kind in Japanese (新しい提案, 回答待ち...)
 * @param read      whether the calling user marked it read; colleagues have their own marks
 * @param readAt    when the calling user marked it read, or null
 */
public record InboxItem(long id, NotificationKind kind, String kindLabel, String subjectType, Long subjectId,
                        String title, String body, Instant createdAt, boolean read, Instant readAt) {

    static InboxItem of(Notification n, Instant readAt) {
        return new InboxItem(n.getId(), n.getKind(), n.getKind().labelJa(), n.getSubjectType(), n.getSubjectId(),
                n.getTitleJa(), n.getBodyJa(), n.getCreatedAt(), readAt != null, readAt);
    }
}
