package jp.tsunagu.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * A counter's request that a slot, task or host be excluded for one of its people (除外の依頼). The
 * counter knows the person's history; the coordinator keeps the matching whole and decides: it
 * confirms (the exclusion is made) or declines with a reason. The request stays as the record.
 */
@Entity
@Table(name = "exclusion_request")
public class ExclusionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "candidate_id")
    private Long candidateId;
    @Column(name = "counter_id")
    private Long counterId;
    @Enumerated(EnumType.STRING)
    private ExclusionLevel level;
    @Column(name = "slot_id")
    private Long slotId;
    @Column(name = "task_id")
    private Long taskId;
    @Column(name = "host_id")
    private Long hostId;
    @Enumerated(EnumType.STRING)
    private ExclusionReason reason;
    private String note;
    @Enumerated(EnumType.STRING)
    private ExclusionRequestState state;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "exclusion_id")
    private Long exclusionId;
    @Version
    private long version;

    protected ExclusionRequest() {
    }

    ExclusionRequest(String prefectureCode, long candidateId, long counterId, ExclusionTarget target,
                     ExclusionReason reason, String note, String by) {
        this.prefectureCode = prefectureCode;
        this.candidateId = candidateId;
        this.counterId = counterId;
        this.level = target.level();
        this.slotId = target.slotId();
        this.taskId = target.taskId();
        this.hostId = target.hostId();
        this.reason = reason;
        this.note = note;
        this.state = ExclusionRequestState.PENDING;
        this.requestedBy = by;
        this.requestedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void confirm(long exclusionId, String by) {
        decide(ExclusionRequestState.CONFIRMED, by);
        this.exclusionId = exclusionId;
    }

    void decline(String reason, String by) {
        decide(ExclusionRequestState.DECLINED, by);
        this.declineReason = reason;
    }

    /** Only a waiting request is decided, once: a second decision would overwrite the first. */
    private void decide(ExclusionRequestState to, String by) {
        if (state != ExclusionRequestState.PENDING) {
            throw new LifecycleConflict("この依頼はすでに「" + state.labelJa() + "」になっています。");
        }
        this.state = to;
        this.decidedBy = by;
        this.decidedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public ExclusionTarget target() {
        return ExclusionTarget.of(level, slotId, taskId, hostId);
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Long getCounterId() {
        return counterId;
    }

    public ExclusionLevel getLevel() {
        return level;
    }

    public Long getSlotId() {
        return slotId;
    }

    public ExclusionReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public ExclusionRequestState getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getExclusionId() {
        return exclusionId;
    }

    public long getVersion() {
        return version;
    }
}
