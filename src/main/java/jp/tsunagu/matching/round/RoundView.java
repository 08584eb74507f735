package jp.tsunagu.matching.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A round as the coordinator's screen shows it; also the data of the progress events.
 *
 * @param candidates   people the round was free to place (the continuing apart)
 * @param continuing   people held by a running placement or an accepted proposal of an earlier round
 * @param resolveCount how many re-solves ended since the round was first saved
 * @param placedAlone  the network's value: how many people the municipalities would have placed
 *                     matching alone, summed, against {@code placed} prefecture-wide (details:
 *                     {@code GET /rounds/{id}/network-value}); null while running
 * @param timings      where the last solve spent its time; null before the round's first save
 */
public record RoundView(long id, RoundStatus status, LocalDate roundStart, String startedBy, Instant startedAt,
                        Instant finishedAt, int solveSeconds, long elapsedMillis, int candidates, int slots, int placed,
                        String bestScore, boolean stopRequested, String summaryJa, String failure,
                        boolean published, Instant publishedAt, int continuing, int resolveCount,
                        Integer placedAlone, RoundTimings timings) {

    static RoundView of(MatchingRound r) {
        return new RoundView(r.getId(), r.getStatus(), r.getRoundStart(), r.getStartedBy(), utc(r.getStartedAt()),
                utc(r.getFinishedAt()), r.getSolveSeconds(), r.getElapsedMillis(), r.getCandidates(), r.getSlots(),
                r.getPlaced(), r.getBestScore(), r.isStopRequested(), r.getSummaryJa(), r.getFailure(),
                r.isPublished(), utc(r.getPublishedAt()), r.getContinuing(), r.getResolveCount(),
                r.getPlacedAlone(), RoundTimings.fromJson(r.getTimingsJson()));
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
