package jp.tsunagu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One notification to one audience of a prefecture. Written once, never changed; read marks are separate. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    @Column(name = "counter_id")
    private Long counterId;
    @Column(name = "host_id")
    private Long hostId;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private Long subjectId;
    @Column(name = "title_ja")
    private String titleJa;
    @Column(name = "body_ja")
    private String bodyJa;
    /** UTC, as the audit trail keeps its times. */
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "dedupe_key")
    private String dedupeKey;

    protected Notification() {
    }

    Notification(NotificationDraft draft, Instant createdAt) {
        this.prefectureCode = draft.prefectureCode();
        this.audience = draft.audience();
        this.counterId = draft.counterId();
        this.hostId = draft.hostId();
        this.kind = draft.kind();
        this.subjectType = draft.subjectType();
        this.subjectId = draft.subjectId();
        this.titleJa = draft.titleJa();
        this.bodyJa = draft.bodyJa();
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
        this.dedupeKey = draft.dedupeKey();
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public Audience getAudience() {
        return audience;
    }

    public Long getCounterId() {
        return counterId;
    }

    public Long getHostId() {
        return hostId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public String getBodyJa() {
        return bodyJa;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public String getDedupeKey() {
        return dedupeKey;
    }
}
