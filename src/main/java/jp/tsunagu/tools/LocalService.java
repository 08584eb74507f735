package jp.tsunagu.tools;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole service on this machine with one command ({@code mvn -Pserve package}): an
 * embedded MariaDB (or the database in {@code TSUNAGU_DB_URL}), Payara Micro with the WAR and the
 * Nagano sample network, one weekly matching round, then serves until Ctrl-C.
 *
 * <p>Settings (system properties; the Maven profile passes them through):
 * <ul>
 *   <li>{@code tsunagu.db.url} or env {@code TSUNAGU_DB_URL}: an external MySQL/MariaDB database
 *       (credentials in the URL); empty: the embedded one under {@code ~/.tsunagu/local-db}
 *       ({@code TSUNAGU_HOME} moves {@code ~/.tsunagu})</li>
 *   <li>{@code tsunagu.port}: HTTP port, default 8080</li>
 *   <li>{@code tsunagu.bindAddress} or env {@code TSUNAGU_BIND_ADDRESS}: address to listen on,
 *       default 127.0.0.1 (this machine only); {@code 0.0.0.0} for every interface</li>
 *   <li>{@code tsunagu.exitAfterRound=true}: stop everything after the round; exit 0 only if it
 *       placed people</li>
 *   <li>{@code tsunagu.resetDb=true}: start the embedded database empty (the sample is loaded again)</li>
 *   <li>{@code tsunagu.solveSeconds}: solving time for the round (the service's default if empty)</li>
 *   <li>{@code tsunagu.sample.scale}: {@code default}, {@code 10x} or {@code 100x}, the sample's size;
 *       {@code tsunagu.serverHeap}: the server's heap, default {@code 1g} ({@code 8g} for 100x)</li>
 *   <li>{@code tsunagu.classSharing=false}: start Payara from its own jar, without the runtime
 *       unpacked under the home folder and its class-data-sharing archive ({@link PayaraRuntime})</li>
 *   <li>{@code tsunagu.war}, {@code tsunagu.payaraJar}, {@code tsunagu.log}: files, by default
 *       under {@code target/}</li>
 * </ul>
 */
public final class LocalService {

    static final int EXIT_OK = 0;
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_ROUND_UNSUCCESSFUL = 3;
    static final int EXIT_NO_ROUND_API = 4;

    private static final String DEMO_PASSWORD = "demo-pass";
    // Generous: on a busy shared machine a first start (database install, sample load) can take minutes.
    private static final long READY_TIMEOUT_SECONDS = 420;

    private final PrintStream out;
    private final long launched = System.nanoTime();
    private EmbeddedDatabase database;
    private ServerProcess server;
    private PayaraRuntime runtime;
    private volatile boolean stopped;
    /** Set before the launcher ends on its own, so that the stop hook leaves the exit code alone. */
    private volatile boolean exiting;

    private LocalService(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = console();
        quietenLoggingNotice();
        LocalService service = new LocalService(out);
        Runtime.getRuntime().addShutdownHook(new Thread(service::stopFromSignal, "local-service-stop"));
        int exit;
        try {
            exit = service.run();
        } catch (LaunchException e) {
            if (service.stopped) {
                service.awaitStopHook(); // stopped by a signal while starting: not a failure to report
            }
            out.println();
            out.println("Tsunagu local service could not start:");
            out.println(EmbeddedDatabase.indent(e.getMessage()));
            exit = EXIT_START_FAILED;
        }
        if (service.stopped) {
            service.awaitStopHook();
        }
        if (exit >= 0) {
            service.stop();
            service.exiting = true;
            System.exit(exit);
        }
    }

    /** Returns an exit code, or -1 once the service is up and serving until stopped. */
    private int run() throws LaunchException {
        int port = Integer.parseInt(setting("tsunagu.port", null, "8080").trim());
        boolean exitAfterRound = Boolean.parseBoolean(setting("tsunagu.exitAfterRound", null, "false").trim());
        String solve = setting("tsunagu.solveSeconds", null, "").trim();
        Integer solveSeconds = solve.isEmpty() ? null : Integer.valueOf(solve);
        Path war = Path.of(setting("tsunagu.war", null, "target/tsunagu.war"));
        Path payaraJar = Path.of(setting("tsunagu.payaraJar", null, "target/payara-micro.jar"));
        Path log = Path.of(setting("tsunagu.log", null, "target/local-service.log")).toAbsolutePath();
        String dbUrl = setting("tsunagu.db.url", "TSUNAGU_DB_URL", "").trim();
        // The demo accounts have a published password: only this machine may reach them unless asked.
        String bindAddress = setting("tsunagu.bindAddress", "TSUNAGU_BIND_ADDRESS", "127.0.0.1").trim();

        out.println("Tsunagu local service — Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")");
        requireFile(war, "the WAR");
        requireFile(payaraJar, "Payara Micro");
        ensurePortFree(port);

        boolean resetDb = Boolean.parseBoolean(setting("tsunagu.resetDb", null, "false").trim());
        boolean databaseBesideServer = false;
        long dbStart = 0;
        if (dbUrl.isEmpty()) {
            database = new EmbeddedDatabase(localHome().resolve("local-db"), out);
            database.resetOnStart(resetDb);
            out.println("Starting the embedded MariaDB (data in " + database.home() + ") ...");
            dbStart = System.nanoTime();
            dbUrl = database.prepare();
            // The JPA provider logs in while the application deploys, at least ten seconds after Payara
            // starts; a warm database is up in under a second, so it starts beside Payara's boot. A first
            // start (binaries unpacked, data folder created) can take longer: then the database comes first.
            databaseBesideServer = database.isWarm();
            if (!databaseBesideServer) {
                database.launch();
                reportDatabase(dbStart);
            }
        } else {
            out.println("Using the external database " + redact(dbUrl));
            if (resetDb) {
                out.println("  (tsunagu.resetDb only resets the embedded database; the external one is left as it is)");
            }
        }

        List<String> passOn = new ArrayList<>();
        Path serverJar = payaraJar;
        if (Boolean.parseBoolean(setting("tsunagu.classSharing", null, "true").trim())) {
            runtime = new PayaraRuntime(localHome(), payaraJar, out);
            PayaraRuntime.Launch launch = runtime.prepare();
            serverJar = launch.jar();
            passOn.addAll(launch.jvmOptions());
        }
        server = new ServerProcess(war, serverJar, log, out);
        // Half of the server's processor time until it is healthy went to the C2 compiler, compiling
        // start-up code that runs a few hundred times and never again. Ten times higher compile
        // thresholds leave that code to the interpreter and C1; the solver's loops, which run millions
        // of times, still reach C2 within the first second of a solve.
        passOn.add("-XX:CompileThresholdScaling=" + setting("tsunagu.serverCompileThresholdScaling", null, "10").trim());
        for (String name : List.of("tsunagu.sample.scale", "tsunagu.sample.seed")) {
            String value = System.getProperty(name, "");
            if (!value.isBlank()) {
                passOn.add("-D" + name + "=" + value);
            }
        }
        out.println("Starting Payara Micro on " + (bindAddress.isBlank() ? "port " : bindAddress + ":") + port
                + " (full log: " + log + ") ...");
        server.start(port, bindAddress, dbUrl, passOn);
        if (databaseBesideServer) {
            database.launch();
            reportDatabase(dbStart);
        }

        ServiceClient client = new ServiceClient(port, "coordinator", DEMO_PASSWORD);
        awaitHealthy(client);
        long readyMillis = millisSince(launched);
        String sinceCommand = sinceCommand();
        out.println("Service healthy: ready in " + RoundRunner.seconds(readyMillis) + " s from launch"
                + (sinceCommand.isEmpty() ? "" : "; healthy after " + sinceCommand + " s from the command (Maven's start)")
                + ".");
        reportClassSharing();
        boolean demoAccounts = checkDemoAccounts(client);

        RoundRunner rounds = new RoundRunner(client, out);
        RoundRunner.Result result = demoAccounts
                ? rounds.run(solveSeconds, solveSeconds == null ? 600 : solveSeconds + 300L)
                : RoundRunner.Result.UNAVAILABLE;

        out.println();
        out.println("画面 / Web interface: " + client.rootUrl() + "/tsunagu/  (sign in with a demo account below)");
        out.println("Service ready: " + client.apiUrl() + "  (OpenAPI: " + client.rootUrl() + "/openapi, health: "
                + client.rootUrl() + "/health)");
        out.println("Demo accounts (password " + DEMO_PASSWORD + "): coordinator, counter-<JIS code> e.g. counter-202011 (長野市),"
                + " employer-H0001 .. employer-H0003");
        out.println("  e.g. curl -u coordinator:" + DEMO_PASSWORD + " " + client.apiUrl() + "/me");
        out.println("Timings: ready in " + RoundRunner.seconds(readyMillis) + " s"
                + (sinceCommand.isEmpty() ? "" : " (healthy " + sinceCommand + " s after the command, build included)")
                + (rounds.roundMillis() >= 0 ? ", round " + RoundRunner.seconds(rounds.roundMillis()) + " s" : ""));

        if (exitAfterRound) {
            out.println("Stopping (tsunagu.exitAfterRound=true).");
            switch (result) {
                case PLACED:
                    return EXIT_OK;
                case UNAVAILABLE:
                    return EXIT_NO_ROUND_API;
                default:
                    return EXIT_ROUND_UNSUCCESSFUL;
            }
        }
        out.println("Ctrl-C to stop.");
        watchServer();
        return -1;
    }

    /** Blocks while the server runs; if it dies on its own, says so and exits. */
    private void watchServer() {
        while (server.isAlive() && !stopped) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
        if (stopped) {
            awaitStopHook();
        }
        if (!stopped) {
            out.println("Payara Micro stopped unexpectedly (exit " + server.exitValue() + "). Last lines of the log:");
            out.println(EmbeddedDatabase.indent(server.tail(30)));
            stop();
            exiting = true;
            System.exit(EXIT_START_FAILED);
        }
    }

    private void awaitHealthy(ServiceClient client) throws LaunchException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        String last = "";
        long startedSeen = 0;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new LaunchException("Payara Micro exited (code " + server.exitValue() + ") before the service"
                        + " was healthy. Last lines of the log:\n" + server.tail(30));
            }
            ServiceClient.Reply health = client.anonymous("/health");
            if (health.status == 200 && isUp(health.body)) {
                return;
            }
            if (health.status != 0) {
                last = "HTTP " + health.status + " " + health.body;
            }
            if (server.hasStarted() && !server.hasDeployed()) {
                if (startedSeen == 0) {
                    startedSeen = System.nanoTime();
                } else if (millisSince(startedSeen) > 3000) {
                    throw new LaunchException("Payara Micro started but the application did not deploy"
                            + " (full log: " + server.logFile() + ")." + errors());
                }
            }
            sleep(200); // the figure "healthy after" is no later than a fifth of a second
        }
        throw new LaunchException("The service was not healthy after " + READY_TIMEOUT_SECONDS + " s"
                + (last.isEmpty() ? "" : " (last /health answer: " + last + ")") + "." + errors()
                + "\nLast lines of the log (" + server.logFile() + "):\n" + server.tail(30));
    }

    /** Up, and the application's own database check is among the checks (not just an empty server). */
    static boolean isUp(String body) {
        try {
            JsonObject health = LaunchJson.object(body);
            JsonValue checks = health.get("checks");
            return "UP".equals(LaunchJson.string(health, "status")) && checks instanceof JsonArray array && !array.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String errors() {
        List<String> errors = server.recentErrors();
        List<String> causes = server.causes();
        StringBuilder report = new StringBuilder();
        if (!errors.isEmpty()) {
            report.append("\nErrors logged:\n  ").append(String.join("\n  ", errors));
        }
        if (!causes.isEmpty()) {
            report.append("\nCaused by:\n  ").append(String.join("\n  ", causes));
        }
        if (database != null && causes.stream().anyMatch(c -> c.contains("Flyway"))) {
            report.append("\n\nThe local database was made by a different build of the schema. Start afresh with"
                    + "\n  mvn -Pserve package -Dtsunagu.resetDb=true"
                    + "\n(or delete " + database.dataDir() + "); the sample network is loaded again.");
        }
        return report.toString();
    }

    private boolean checkDemoAccounts(ServiceClient client) {
        ServiceClient.Reply me = client.get("/me");
        if (me.ok()) {
            return true;
        }
        out.println("The demo account 'coordinator' was refused (HTTP " + me.status + "): the database holds a network"
                + " other than the sample one, so no round is run.");
        return false;
    }

    private void ensurePortFree(int port) throws LaunchException {
        if (FreePorts.isFree(port)) {
            return;
        }
        for (ProcessHandle leftover : ServerProcess.leftoverServers()) {
            out.println("A Tsunagu server from an earlier run that did not shut down (process " + leftover.pid()
                    + ") is still running; stopping it.");
            ServerProcess.stopLeftover(leftover);
        }
        for (int i = 0; i < 10 && !FreePorts.isFree(port); i++) {
            sleep(500);
        }
        if (!FreePorts.isFree(port)) {
            throw new LaunchException("Port " + port + " is already in use by another program."
                    + " Stop it, or choose another port: mvn -Pserve package -Dtsunagu.port=8081");
        }
    }

    private static void requireFile(Path file, String what) throws LaunchException {
        if (!Files.isRegularFile(file)) {
            throw new LaunchException("Cannot find " + what + " at " + file.toAbsolutePath()
                    + ". Build first: mvn -Pserve package does both.");
        }
    }

    /**
     * Ctrl-C or a termination signal (to the launcher, or to Maven running it): stops Payara and
     * the database, says so, and ends with exit code 0, since stopping is what was asked for. When
     * the launcher ends on its own ({@link #exiting}), everything is already stopped.
     */
    private void stopFromSignal() {
        if (exiting) {
            return;
        }
        boolean running = !stopped && (server != null || database != null);
        if (running) {
            out.println();
            out.println("停止しています / Stopping the Tsunagu local service ...");
        }
        long stopping = System.nanoTime();
        stop();
        if (running) {
            out.println("停止しました / Stopped: " + (server != null ? "Payara Micro" : "")
                    + (server != null && database != null ? " and " : "")
                    + (database != null ? "the embedded MariaDB" : "") + " shut down in "
                    + RoundRunner.seconds(millisSince(stopping)) + " s.");
        }
        out.flush();
        Runtime.getRuntime().halt(EXIT_OK);
    }

    /** Once the stop hook runs, the main thread only waits for it to end the process. */
    private void awaitStopHook() {
        while (true) {
            java.util.concurrent.locks.LockSupport.park(this);
        }
    }

    /** Payara first (it holds connections), then the database. Safe to call twice. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (server != null) {
            boolean clean = server.stop();
            if (runtime != null) {
                runtime.serverStopped(clean);
            }
        }
        if (database != null) {
            database.close();
        }
        out.flush();
    }

    /**
     * Seconds since the command started, to a tenth: inside Maven ({@code exec:java}) the launcher
     * shares Maven's JVM, whose start is the moment the command was typed, less the shell script
     * before it; empty when not run by Maven.
     */
    private static String sinceCommand() {
        if (System.getProperty("tsunagu.commandStarted", "").isBlank()) {
            return "";
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis())
                .filter(millis -> millis >= 0)
                .map(RoundRunner::seconds)
                .orElse("");
    }

    private void reportClassSharing() {
        if (runtime == null) {
            return;
        }
        switch (runtime.sharing()) {
            case MAPPED -> out.println(runtime.archiveMapped()
                    ? "  Payara's classes were mapped from the shared archive " + runtime.archive()
                    : "  The shared archive " + runtime.archive() + " did not fit this start; classes were loaded as usual");
            case RECORDING -> out.println("  Payara's classes are archived when it stops, for quicker starts: "
                    + runtime.archive());
            case NONE -> { }
        }
    }

    private void reportDatabase(long dbStart) {
        out.println("  MariaDB listening on 127.0.0.1:" + database.port() + ", started in "
                + RoundRunner.seconds(millisSince(dbStart)) + " s");
    }

    private static Path localHome() {
        String home = setting("tsunagu.home", "TSUNAGU_HOME", "");
        return home.isBlank() ? Path.of(System.getProperty("user.home"), ".tsunagu") : Path.of(home);
    }

    /** A system property, else an environment variable, else the fallback; blank counts as unset. */
    static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if ((value == null || value.isBlank()) && environment != null) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The embedded database library logs through SLF4J, which has no binding on this class path
     * and says so in three lines on every start; the database's own failures reach us as exceptions.
     */
    private static void quietenLoggingNotice() {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new java.io.OutputStream() {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                line.write(b);
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    line.reset();
                    if (!new String(bytes, 0, Math.min(bytes.length, 6), StandardCharsets.ISO_8859_1).equals("SLF4J:")) {
                        err.write(bytes, 0, bytes.length);
                        err.flush();
                    }
                }
            }

            @Override
            public synchronized void flush() {
                err.flush();
            }
        }, true));
    }

    /**
     * The console in a charset that can show Japanese: the terminal's own if it can, else UTF-8
     * (a POSIX locale would otherwise turn every kana into '?').
     */
    private static PrintStream console() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                System.getProperty("native.encoding", Charset.defaultCharset().name())));
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (RuntimeException e) {
            charset = StandardCharsets.UTF_8;
        }
        if (!charset.newEncoder().canEncode("配置")) {
            charset = StandardCharsets.UTF_8;
        }
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
    }
}
