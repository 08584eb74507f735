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

/**
 * A person never to be proposed a slot again (除外), at one of three levels: the slot itself, every
 * slot of a task, or every slot of a host ({@link ExclusionLevel}). The coordinator excluded it
 * (on a counter's request or not), or the person or the host declined a proposal of the slot. It
 * holds in every later round until the coordinator lifts it; lifting keeps the record of who
 * excluded and who lifted.
 */
@Entity
@Table(name = "pair_exclusion")
public class PairExclusion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "candidate_id")
    private Long candidateId;
    @Enumerated(EnumType.STRING)
    private ExclusionLevel level = ExclusionLevel.SLOT;
    @Column(name = "slot_id")
    private Long slotId;
    @Column(name = "task_id")
    private Long taskId;
    @Column(name = "host_id")
    private Long hostId;
    @Enumerated(EnumType.STRING)
    private ExclusionSource source;
    @Enumerated(EnumType.STRING)
    private ExclusionReason reason;
    @Column(name = "proposal_id")
    private Long proposalId;
    private String note;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "lifted_at")
    private LocalDateTime liftedAt;
    @Version
    private long version;

    protected PairExclusion() {
    }

    public PairExclusion(String prefectureCode, Long candidateId, ExclusionTarget target) {
        this.prefectureCode = prefectureCode;
        this.candidateId = candidateId;
        this.level = target.level();
        this.slotId = target.slotId();
        this.taskId = target.taskId();
        this.hostId = target.hostId();
    }

    /** Excludes (again) the pair, for this reason ({@code reason} null for a decline, whose proposal says why). */
    void exclude(ExclusionSource source, Long proposalId, ExclusionReason reason, String note, String by) {
        this.source = source;
        this.reason = reason;
        this.proposalId = proposalId;
        this.note = note;
        this.createdBy = by;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        this.liftedBy = null;
        this.liftedAt = null;
    }

    void lift(String by) {
        this.liftedBy = by;
        this.liftedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public boolean isActive() {
        return liftedAt == null;
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

    public Long getSlotId() {
        return slotId;
    }

    public ExclusionLevel getLevel() {
        return level;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getHostId() {
        return hostId;
    }

    public ExclusionTarget target() {
        return ExclusionTarget.of(level, slotId, taskId, hostId);
    }

    public ExclusionReason getReason() {
        return reason;
    }

    public ExclusionSource getSource() {
        return source;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public LocalDateTime getLiftedAt() {
        return liftedAt;
    }

    public long getVersion() {
        return version;
    }
}
