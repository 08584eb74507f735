package jp.tsunagu.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tsunagu.platform.persistence.DelimitedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Set;
import jp.tsunagu.candidate.Programme;

/**
 * A trial slot (受入枠) of a task: which weekdays, from when and for how many hours, between which
 * dates and in which season, how many people at once, and whether the host picks people up (送迎):
 * from which municipalities, and for its own runs from where and in how many minutes.
 */
@Entity
@Table(name = "trial_slot")
public class TrialSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id")
    private Long taskId;
    @Column(name = "external_ref")
    private String externalRef;
    private String weekdays = "";
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "hours_per_day")
    private int hoursPerDay;
    @Column(name = "open_from")
    private LocalDate openFrom;
    @Column(name = "open_until")
    private LocalDate openUntil;
    @Column(name = "season_months")
    private String seasonMonths = "";
    private int capacity;
    @Column(name = "pick_up_from")
    private String pickUpFrom = "";
    private String programmes = "";
    @Column(name = "pick_up_runs")
    private String pickUpRuns = "";
    private boolean open = true;
    @Version
    private long version;

    protected TrialSlot() {
    }

    public TrialSlot(Long taskId, String externalRef) {
        this.taskId = taskId;
        this.externalRef = externalRef;
    }

    public void describe(Set<DayOfWeek> weekdays, LocalTime startTime, int hoursPerDay, LocalDate openFrom,
                         LocalDate openUntil, Set<Month> seasonMonths, int capacity, Set<String> pickUpFrom,
                         Set<Programme> programmes, List<SlotPickUpRun> pickUpRuns, boolean open) {
        this.weekdays = DelimitedSet.WEEKDAYS.format(weekdays);
        this.startTime = startTime;
        this.hoursPerDay = hoursPerDay;
        this.openFrom = openFrom;
        this.openUntil = openUntil;
        this.seasonMonths = DelimitedSet.MONTHS.format(seasonMonths);
        this.capacity = capacity;
        this.pickUpFrom = DelimitedSet.CODES.format(pickUpFrom);
        this.programmes = DelimitedSet.PROGRAMMES.format(programmes);
        this.pickUpRuns = SlotPickUpRun.format(pickUpRuns);
        this.open = open;
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public Set<DayOfWeek> getWeekdays() {
        return DelimitedSet.WEEKDAYS.parse(weekdays);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getHoursPerDay() {
        return hoursPerDay;
    }

    public LocalDate getOpenFrom() {
        return openFrom;
    }

    public LocalDate getOpenUntil() {
        return openUntil;
    }

    public Set<Month> getSeasonMonths() {
        return DelimitedSet.MONTHS.parse(seasonMonths);
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<String> getPickUpFrom() {
        return DelimitedSet.CODES.parse(pickUpFrom);
    }

    public Set<Programme> getProgrammes() {
        return DelimitedSet.PROGRAMMES.parse(programmes);
    }

    /** The slot's own pick-up runs, with their minutes; a municipality only in {@link #getPickUpFrom} has none. */
    public List<SlotPickUpRun> getPickUpRuns() {
        return SlotPickUpRun.parse(pickUpRuns);
    }

    public boolean isOpen() {
        return open;
    }

    public long getVersion() {
        return version;
    }

}
