package jp.tsunagu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One user's mark that they read one notification; its absence means unread. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    /** The composite key: notification and user. A plain class, since the provider sets its fields. */
    public static class Key implements Serializable {
        private Long notificationId;
        private String username;

        public Key() {
        }

        public Key(Long notificationId, String username) {
            this.notificationId = notificationId;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(notificationId, k.notificationId)
                    && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, username);
        }
    }

    @Id
    @Column(name = "notification_id")
    private Long notificationId;
    @Id
    private String username;
    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected NotificationRead() {
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getReadAt() {
        return readAt.toInstant(ZoneOffset.UTC);
    }
}
