package jp.tsunagu.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * A placement (実習・就労体験の実施): what a proposal became once the person consented and the host
 * confirmed a first day. It is pinned in every later round while ACTIVE, monitored through weekly
 * attendance and the counter's follow-ups (no つなぎっぱなし), may step up to the next pacing stage,
 * and ENDS with an outcome and a reason; the person's history is kept.
 */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "proposal_id")
    private Long proposalId;
    @Column(name = "candidate_id")
    private Long candidateId;
    @Column(name = "counter_id")
    private Long counterId;
    @Column(name = "municipality_code")
    private String municipalityCode;
    @Column(name = "slot_id")
    private Long slotId;
    @Column(name = "host_id")
    private Long hostId;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "planned_days")
    private int plannedDays;
    @Column(name = "planned_hours")
    private int plannedHours;
    @Enumerated(EnumType.STRING)
    private PlacementState state = PlacementState.ACTIVE;
    @Column(name = "seeking_next_stage")
    private boolean seekingNextStage;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    private PlacementOutcome outcome;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "ended_by")
    private String endedBy;
    @Version
    private long version;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected Placement() {
    }

    public Placement(String prefectureCode, Long proposalId, Long candidateId, Long counterId, String municipalityCode,
                     Long slotId, Long hostId, LocalDate startDate, int plannedDays, int plannedHours) {
        this.prefectureCode = prefectureCode;
        this.proposalId = proposalId;
        this.candidateId = candidateId;
        this.counterId = counterId;
        this.municipalityCode = municipalityCode;
        this.slotId = slotId;
        this.hostId = hostId;
        this.startDate = startDate;
        this.plannedDays = plannedDays;
        this.plannedHours = plannedHours;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void end(LocalDate on, PlacementOutcome outcome, String reason, String by) {
        requireActive();
        if (on.isBefore(startDate)) {
            throw new jp.tsunagu.platform.InvalidInputException("endedOn", "終了日は開始日（" + startDate + "）以降にしてください");
        }
        this.state = PlacementState.ENDED;
        this.endedOn = on;
        this.outcome = outcome;
        this.endReason = reason;
        this.endedBy = by;
        this.seekingNextStage = false;
    }

    /** The host gives more hours or days in the same slot. */
    void stepInPlace(int hours, int days) {
        requireActive();
        this.plannedHours = hours;
        this.plannedDays = days;
    }

    /** The current slot cannot give the next stage: later rounds look for one that does, keeping this place meanwhile. */
    void seekNextStage() {
        requireActive();
        this.seekingNextStage = true;
    }

    void requireActive() {
        if (state != PlacementState.ACTIVE) {
            throw new LifecycleConflict("この実習は終了しています（" + (outcome == null ? "" : outcome.labelJa()) + "）。");
        }
    }

    public boolean isActive() {
        return state == PlacementState.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Long getCounterId() {
        return counterId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Long getSlotId() {
        return slotId;
    }

    public Long getHostId() {
        return hostId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getPlannedDays() {
        return plannedDays;
    }

    public int getPlannedHours() {
        return plannedHours;
    }

    public PlacementState getState() {
        return state;
    }

    public boolean isSeekingNextStage() {
        return seekingNextStage;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public PlacementOutcome getOutcome() {
        return outcome;
    }

    public String getEndReason() {
        return endReason;
    }

    public long getVersion() {
        return version;
    }
}
