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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.tsunagu.platform.LifecycleConflict;

/**
 * A change of pacing stage suggested by the attendance: never applied by itself; the counter
 * accepts it with the person, or dismisses it.
 */
@Entity
@Table(name = "step_suggestion")
public class StepSuggestion {

    /** Where a suggestion stands. */
    /** Where the counter's decision on a suggestion stands, with the word the counter reads. */
    public enum State {
        OPEN("未対応"), ACCEPTED("採用"), DISMISSED("見送り");

        private final String labelJa;

        State(String labelJa) {
            this.labelJa = labelJa;
        }

        public String labelJa() {
            return labelJa;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "placement_id")
    private Long placementId;
    @Enumerated(EnumType.STRING)
    private StepDirection direction;
    @Column(name = "from_hours")
    private int fromHours;
    @Column(name = "from_days")
    private int fromDays;
    @Column(name = "to_hours")
    private int toHours;
    @Column(name = "to_days")
    private int toDays;
    @Column(name = "reason_ja")
    private String reasonJa;
    @Enumerated(EnumType.STRING)
    private State state = State.OPEN;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Version
    private long version;

    protected StepSuggestion() {
    }

    StepSuggestion(Long placementId, StepDirection direction, PacingStage from, PacingStage to, String reasonJa) {
        this.placementId = placementId;
        this.direction = direction;
        this.fromHours = from.hoursPerDay();
        this.fromDays = from.daysPerWeek();
        this.toHours = to.hoursPerDay();
        this.toDays = to.daysPerWeek();
        this.reasonJa = reasonJa;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void decide(State decision, String by) {
        if (state != State.OPEN) {
            throw new LifecycleConflict("この提案は既に" + (state == State.ACCEPTED ? "受け入れ" : "見送り") + "済みです。");
        }
        this.state = decision;
        this.decidedBy = by;
        this.decidedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public PacingStage to() {
        return new PacingStage(toHours, toDays);
    }

    public PacingStage from() {
        return new PacingStage(fromHours, fromDays);
    }

    public Long getId() {
        return id;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public StepDirection getDirection() {
        return direction;
    }

    public String getReasonJa() {
        return reasonJa;
    }

    public State getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }
}
