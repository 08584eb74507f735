package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.tsunagu.access.Caller;

/**
 * Streams a round's progress to one client by reading the round from the database, so that a
 * client connected to any service instance follows a round solved by any other.
 */
@ApplicationScoped
public class RoundProgressStream {

    private static final Logger LOG = Logger.getLogger(RoundProgressStream.class.getName());
    private static final long POLL_MILLIS = 500;
    /** A client never waits longer than the longest allowed solve plus saving. */
    private static final long MAX_FOLLOW_MILLIS = 15 * 60 * 1000L;

    /** The figures of a progress event. */
    public record Progress(long elapsedMillis, String bestScore, int placed, int candidates) {

        static Progress of(RoundView round) {
            return new Progress(round.elapsedMillis(), round.bestScore(), round.placed(), round.candidates());
        }
    }

    @Inject
    RoundService rounds;

    void follow(Caller caller, RoundView first, SseEventSink sink, Sse sse) {
        try (sink) {
            RoundView round = first;
            Progress sent = null;
            long deadline = System.currentTimeMillis() + MAX_FOLLOW_MILLIS;
            while (round.status() == RoundStatus.RUNNING && !sink.isClosed() && System.currentTimeMillis() < deadline) {
                Progress now = Progress.of(round);
                if (!Objects.equals(now, sent)) {
                    sink.send(sse.newEventBuilder().name("progress").mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(Progress.class, now).build()).toCompletableFuture().join();
                    sent = now;
                }
                Thread.sleep(POLL_MILLIS);
                round = rounds.round(caller, round.id());
            }
            if (!sink.isClosed()) {
                sink.send(sse.newEventBuilder().name("finished").mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(RoundView.class, round).build()).toCompletableFuture().join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "progress stream of round " + first.id() + " ended", e);
        }
    }
}
