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
 * FAILED / ABANDONED with nothing saved. Times are UTC. While it runs, progress, heartbeat and
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

    void progressed(long elapsedMillis, String bestScore, int placed) {
        this.elapsedMillis = elapsedMillis;
        this.bestScore = bestScore;
        this.placed = placed;
    }

    void finished(RoundStatus status, LocalDateTime now, String summaryJa, String failure) {
        this.status = status;
        this.finishedAt = now;
        this.summaryJa = summaryJa;
        this.failure = failure == null || failure.length() <= 2000 ? failure : failure.substring(0, 2000);
    }

    void requestStop() {
        this.stopRequested = true;
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

    public String getSummaryJa() {
        return summaryJa;
    }

    public String getFailure() {
        return failure;
    }
}
