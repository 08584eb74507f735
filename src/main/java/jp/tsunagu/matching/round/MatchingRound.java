package jp.tsunagu.matching.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One weekly round of a prefecture. Lifecycle: RUNNING while solving (progress written as it
 * improves), then COMPLETED or STOPPED with its proposals saved in the same transaction, or
 * FAILED / ABANDONED with nothing saved. A saved round is a draft that only the coordinator sees
 * until it is published; the coordinator may re-solve it (RUNNING again with {@code resolving} set,
 * back to COMPLETED whatever happens, keeping what was decided). Times are UTC. While it runs, progress, heartbeat and
 * stop requests are written with single-column updates, so they never conflict with each other.
 */
@Entity
@Table(name = "matching_round")
public class MatchingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "round_start")
    private LocalDate roundStart;
    @Enumerated(EnumType.STRING)
    private RoundStatus status;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    @Column(name = "solve_seconds")
    private int solveSeconds;
    @Column(name = "instance_id")
    private String instanceId;
    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;
    @Column(name = "stop_requested")
    private boolean stopRequested;
    private int candidates;
    private int slots;
    private int placed;
    @Column(name = "best_score")
    private String bestScore;
    @Column(name = "elapsed_millis")
    private long elapsedMillis;
    @Column(name = "summary_ja")
    private String summaryJa;
    private String failure;
    @Column(name = "placed_alone")
    private Integer placedAlone;
    @Column(name = "network_value_json")
    private String networkValueJson;
    @Column(name = "timings_json")
    private String timingsJson;
    @Column(name = "published_at")
    private LocalDateTime publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    private boolean resolving;
    @Column(name = "resolve_count")
    private int resolveCount;
    private int continuing;

    protected MatchingRound() {
    }

    public MatchingRound(String prefectureCode, LocalDate roundStart, String startedBy, int solveSeconds,
                         String instanceId, LocalDateTime now) {
        this.prefectureCode = prefectureCode;
        this.roundStart = roundStart;
        this.startedBy = startedBy;
        this.solveSeconds = solveSeconds;
        this.instanceId = instanceId;
        this.status = RoundStatus.RUNNING;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    void sized(int candidates, int slots) {
        this.candidates = candidates;
        this.slots = slots;
    }

    /** People held by a running placement or an accepted proposal of another round: solved around, not proposed. */
    void continuing(int continuing) {
        this.continuing = continuing;
    }

    void published(String by, LocalDateTime now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
        publishedBy = by;
    }

    void progressed(long elapsedMillis, String bestScore, int placed) {
        this.elapsedMillis = elapsedMillis;
        this.bestScore = bestScore;
        this.placed = placed;
    }

    void finished(RoundStatus status, LocalDateTime now, String summaryJa, String failure) {
        if (resolving) {
            // A re-solve that did not save leaves the round as it was before it: saved, with its proposals.
            resolveCount++;
            resolving = false;
            this.status = status == RoundStatus.STOPPED ? RoundStatus.STOPPED : RoundStatus.COMPLETED;
            this.finishedAt = now;
            if (failure == null) {
                this.summaryJa = summaryJa;
            }
            this.failure = trimmed(failure);
            return;
        }
        this.status = status;
        this.finishedAt = now;
        this.summaryJa = summaryJa;
        this.failure = trimmed(failure);
    }

    private static String trimmed(String failure) {
        return failure == null || failure.length() <= 2000 ? failure : failure.substring(0, 2000);
    }

    void requestStop() {
        this.stopRequested = true;
    }

    /** A round whose proposals are saved: the coordinator reviews, publishes and re-solves it. */
    public boolean isSaved() {
        return status == RoundStatus.COMPLETED || status == RoundStatus.STOPPED;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public boolean isResolving() {
        return resolving;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public int getResolveCount() {
        return resolveCount;
    }

    public int getContinuing() {
        return continuing;
    }

    public boolean isRunning() {
        return status == RoundStatus.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public LocalDate getRoundStart() {
        return roundStart;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public int getSolveSeconds() {
        return solveSeconds;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public int getCandidates() {
        return candidates;
    }

    public int getSlots() {
        return slots;
    }

    public int getPlaced() {
        return placed;
    }

    public String getBestScore() {
        return bestScore;
    }

    public long getElapsedMillis() {
        return elapsedMillis;
    }

    /** The network's value: the people the municipalities would place alone, summed; null before saving. */
    public Integer getPlacedAlone() {
        return placedAlone;
    }

    public String getNetworkValueJson() {
        return networkValueJson;
    }

    /** Where the last solve spent its time, as JSON ({@link RoundTimings}); null before the first save. */
    public String getTimingsJson() {
        return timingsJson;
    }

    void timed(String timingsJson) {
        this.timingsJson = timingsJson;
    }

    void valued(int placedAlone, String networkValueJson) {
        this.placedAlone = placedAlone;
        this.networkValueJson = networkValueJson;
    }

    public String getSummaryJa() {
        return summaryJa;
    }

    public String getFailure() {
        return failure;
    }
}
