package jp.tsunagu.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time the processes of a measurement spend: the server, its database and the load's own
 * client. Latency on a shared machine depends on what else runs; CPU milliseconds per request do
 * much less, and they say how many requests per second two cores can carry at best.
 */
final class CpuMeter {

    private final Optional<ProcessHandle> server;
    private final Optional<ProcessHandle> database;
    private final ProcessHandle client = ProcessHandle.current();

    /** What a meter read at one moment, in CPU milliseconds (-1 where a process could not be read). */
    record Reading(long serverMillis, long databaseMillis, long clientMillis) {

        Reading since(Reading start) {
            return new Reading(minus(serverMillis, start.serverMillis), minus(databaseMillis, start.databaseMillis),
                    minus(clientMillis, start.clientMillis));
        }

        private static long minus(long end, long start) {
            return end < 0 || start < 0 ? -1 : end - start;
        }
    }

    CpuMeter(long serverPid, Path databaseDataDir) {
        this.server = ProcessHandle.of(serverPid);
        this.database = databaseDataDir == null ? Optional.empty() : databaseServing(databaseDataDir);
    }

    Reading read() {
        return new Reading(millis(server), millis(database), millis(Optional.of(client)));
    }

    boolean measuresDatabase() {
        return database.isPresent();
    }

    private static long millis(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toMillis).orElse(-1L);
    }

    /** The embedded MariaDB server: the process whose command line names its data directory. */
    private static Optional<ProcessHandle> databaseServing(Path dataDir) {
        String dir = dataDir.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dir)).orElse(false))
                .findFirst();
    }
}
