package jp.tsunagu.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Payara Micro with the Tsunagu WAR, as a child process of the launcher. Its whole log goes to a
 * file; the console only sees the service's own messages, errors and the deployment result.
 */
final class ServerProcess {

    /** Marks the server's command line so that a server left behind by a killed launcher can be recognised. */
    static final String LAUNCHER_MARK = "-Dtsunagu.launcher.pid=";

    private static final Pattern RECORD = Pattern.compile(
            "^\\[[^\\]]*\\] \\[[^\\]]*\\] \\[([A-Z]+)\\] \\[[^\\]]*\\] \\[([^\\]]*)\\] .*?\\[levelValue: \\d+\\] ?(.*)$");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private final Path war;
    /** Payara Micro's own jar, or the launcher jar of its unpacked runtime ({@link PayaraRuntime}). */
    private final Path serverJar;
    private final Path logFile;
    private final PrintStream out;
    private Process process;
    private volatile boolean following;
    private volatile boolean deployed;
    private volatile boolean loadFailed;
    private volatile boolean started;
    private final Deque<String> causes = new ArrayDeque<>();
    private final Deque<String> recent = new ArrayDeque<>();

    ServerProcess(Path war, Path serverJar, Path logFile, PrintStream out) {
        this.war = war;
        this.serverJar = serverJar;
        this.logFile = logFile;
        this.out = out;
    }

    void start(int port, String bindAddress, String dbUrl, List<String> extraSystemProperties)
            throws LaunchException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        // 1 GiB holds the Nagano sample and its 10x week; a national-scale (100x) round needs about 6 GiB.
        command.add("-Xmx" + System.getProperty("tsunagu.serverHeap", "1g"));
        command.add("-Dfile.encoding=UTF-8");
        command.add(LAUNCHER_MARK + ProcessHandle.current().pid());
        command.add("-Dtsunagu.db.url=" + dbUrl);
        command.add("-Dtsunagu.sample.load=true");
        command.addAll(extraSystemProperties);
        command.addAll(List.of("-jar", serverJar.toString(),
                "--deploy", war.toString(),
                "--port", Integer.toString(port),
                // One instance on this machine: no data grid and no usage report to send. --nohazelcast
                // leaves Hazelcast out of the boot altogether (about 3 s); --nocluster would still start
                // it, and Payara Micro ignores --nohazelcast when --nocluster is given too. The service
                // needs neither: its timers are not persistent and several instances share only the
                // database.
                "--nohazelcast", "--disablephonehome"));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            // The container settings of every instance (deploy/payara), and the listen address, for
            // which Payara Micro has no option: Payara takes one pre-boot file, so both go in one.
            Path config = containerConfig();
            StringBuilder commands = new StringBuilder(Files.readString(config.resolve("preboot.asadmin"),
                    StandardCharsets.UTF_8));
            if (!bindAddress.isBlank()) {
                commands.append("\nset configs.config.server-config.network-config.network-listeners"
                        + ".network-listener.http-listener.address=").append(bindAddress).append('\n');
            }
            Path preboot = logFile.toAbsolutePath().getParent().resolve("local-service-preboot.txt");
            Files.writeString(preboot, commands, StandardCharsets.UTF_8);
            command.addAll(List.of("--prebootcommandfile", preboot.toString()));
            command.add(command.indexOf("-jar"), "-Dtsunagu.errorPages=" + config.resolve("error-pages"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new LaunchException("Cannot start Payara Micro (" + String.join(" ", command.subList(0, 2))
                    + "): " + e.getMessage());
        }
        following = true;
        Thread tail = new Thread(this::follow, "server-log");
        tail.setDaemon(true);
        tail.start();
    }

    /** The folder of the container settings: deploy/payara of the project, or tsunagu.payaraConfig. */
    static Path containerConfig() throws IOException {
        Path config = Path.of(System.getProperty("tsunagu.payaraConfig", "deploy/payara")).toAbsolutePath();
        if (!Files.isRegularFile(config.resolve("preboot.asadmin"))) {
            throw new IOException("the container settings are missing: " + config.resolve("preboot.asadmin")
                    + " (run from the project's folder, or set tsunagu.payaraConfig)");
        }
        return config;
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Payara has finished starting, whether or not the application deployed. */
    boolean hasStarted() {
        return started;
    }

    /** Deployed and not failed while loading (Payara logs "deployed" before the start-up beans run). */
    boolean hasDeployed() {
        return deployed && !loadFailed;
    }

    /** The distinct "Caused by" lines of the exceptions logged so far, innermost last. */
    synchronized List<String> causes() {
        return new ArrayList<>(causes);
    }

    int exitValue() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** The last lines of the log, for a failure report. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> ANSI.matcher(line).replaceAll(""))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }

    /** The last errors the server logged, without the noise around them. */
    synchronized List<String> recentErrors() {
        return new ArrayList<>(recent);
    }

    /** Asks the server to shut down; whether it did so by itself, rather than being killed after 30 s. */
    boolean stop() {
        following = false;
        if (process == null || !process.isAlive()) {
            return false;
        }
        process.destroy();
        try {
            if (process.waitFor(30, TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Ends the server at once, as a crash or {@code kill -9} would: no shutdown of any kind. */
    void kill() {
        following = false;
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Java that runs the launcher runs the server too, so JAVA_HOME decides for both. */
    static String javaExecutable() {
        Optional<String> current = ProcessHandle.current().info().command();
        if (current.isPresent() && Path.of(current.get()).getFileName().toString().startsWith("java")) {
            return current.get();
        }
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", exe).toString();
    }

    /**
     * Servers started by launchers that are gone (killed rather than stopped), whether they run
     * from Payara Micro's own jar or from the launcher jar of its unpacked runtime.
     */
    static List<ProcessHandle> leftoverServers() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(ServerProcess::isOrphanedServer).orElse(false))
                .collect(Collectors.toList());
    }

    /** Stops a server left behind: asked first, then, after 30 s, ended. */
    static void stopLeftover(ProcessHandle leftover) {
        leftover.destroy();
        try {
            leftover.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            leftover.destroyForcibly();
        }
    }

    private static boolean isOrphanedServer(String[] args) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith(LAUNCHER_MARK))
                .map(a -> a.substring(LAUNCHER_MARK.length()))
                .anyMatch(pid -> {
                    try {
                        return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
                    } catch (NumberFormatException e) {
                        return false;
                    }
                });
    }

    /** Reads the log file as it grows and echoes what matters. */
    private void follow() {
        String[] pending = null; // level, logger of a record whose message starts on the next line
        byte[] buffer = new byte[8192];
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(logFile)) {
            while (following) {
                int n = in.read(buffer);
                if (n < 0) {
                    if (!isAlive()) {
                        following = false;
                    }
                    sleep(200);
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        String text = ANSI.matcher(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
                                .replaceAll("").stripTrailing();
                        bytes.reset();
                        pending = consider(text, pending);
                    } else {
                        bytes.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            // the log is still complete on disk
        }
    }

    private String[] consider(String text, String[] pending) {
        if (text.startsWith("Caused by: ")) {
            synchronized (this) {
                String cause = text.substring("Caused by: ".length());
                if (!causes.contains(cause)) {
                    causes.addLast(cause);
                    while (causes.size() > 4) {
                        causes.removeFirst();
                    }
                }
            }
            return pending;
        }
        if (pending != null) {
            if (!text.isBlank()) {
                echo(pending[0], pending[1], text.strip());
            }
            return null;
        }
        Matcher m = RECORD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String level = m.group(1);
        String logger = m.group(2);
        String message = m.group(3);
        if (message.contains("was successfully deployed")) {
            deployed = true;
        }
        if (level.equals("SEVERE") && message.contains("Exception while loading the app")) {
            loadFailed = true;
        }
        if (message.startsWith("Payara Micro") && message.contains("ready in")) {
            started = true;
        }
        if (!worthShowing(level, logger, message)) {
            return null;
        }
        if (message.equals("[[") || message.isEmpty()) {
            return new String[] {level, logger};
        }
        echo(level, logger, message.startsWith("[[") ? message.substring(2).strip() : message);
        return null;
    }

    private static boolean worthShowing(String level, String logger, String message) {
        return logger.startsWith("jp.tsunagu")
                || level.equals("SEVERE")
                || message.contains("was successfully deployed")
                || message.startsWith("Payara Micro") && message.contains("ready in");
    }

    private void echo(String level, String logger, String message) {
        if (message.length() > 300) {
            message = message.substring(0, 300) + " ...";
        }
        String shown = "  server | " + (level.equals("INFO") ? "" : level + " ") + message;
        if (!level.equals("INFO")) {
            synchronized (this) {
                recent.addLast(message);
                while (recent.size() > 5) {
                    recent.removeFirst();
                }
            }
        }
        out.println(shown);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
