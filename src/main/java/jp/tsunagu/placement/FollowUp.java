package jp.tsunagu.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.tsunagu.platform.LifecycleConflict;

/** A check-in (フォローアップ) the counter owes a placement, due a set time after the first day. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "placement_id")
    private Long placementId;
    /** When it is due, in words: 「1週間後」 (older rows hold the period, e.g. {@code P7D}). */
    private String label;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "done_on")
    private LocalDate doneOn;
    private String note;
    @Column(name = "done_by")
    private String doneBy;
    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(Long placementId, String label, LocalDate dueOn) {
        this.placementId = placementId;
        this.label = label;
        this.dueOn = dueOn;
    }

    void done(LocalDate on, String note, String by) {
        if (doneOn != null) {
            throw new LifecycleConflict("このフォローアップは " + doneOn + " に記録済みです。");
        }
        this.doneOn = on;
        this.note = note;
        this.doneBy = by;
    }

    /** Due before {@code today} and not done. */
    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public String getLabel() {
        return FollowUpTiming.inWords(label);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getNote() {
        return note;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public long getVersion() {
        return version;
    }
}
