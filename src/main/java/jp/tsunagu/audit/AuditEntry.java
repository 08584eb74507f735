package jp.tsunagu.audit;

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

/** One line of the audit trail. Written, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;
    private String username;
    private String role;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private Long subjectId;
    @Column(name = "case_code")
    private String caseCode;
    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;
    private String detail;
    /** For a list answer: how many cases it showed (rows of audit_entry_subject); null otherwise. */
    @Column(name = "subject_count")
    private Integer subjectCount;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String username, String role, AuditAction action, String subjectType,
                      Long subjectId, String caseCode, AuditOutcome outcome, String detail) {
        this.occurredAt = LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.username = username;
        this.role = role;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.caseCode = caseCode;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 400 ? detail : detail.substring(0, 400);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getCaseCode() {
        return caseCode;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public Integer getSubjectCount() {
        return subjectCount;
    }
}
