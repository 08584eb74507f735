package jp.tsunagu.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Payara Micro unpacked once into the local home, with a class-data-sharing archive of the classes
 * a start loads, so that later starts of command one map those classes instead of reading,
 * parsing and verifying them again (about 3 of 11 s of Payara's start on a quiet 2-core machine).
 *
 * <p>{@code java -jar payara-micro.jar} unpacks its runtime into a new temporary folder at every
 * start, where no archive can follow it; {@code --outputlauncher} writes the runtime into a root
 * folder once, with a small launcher jar whose class path names the runtime's jars. The JVM
 * archives what that class path loaded when the server stops ({@code -XX:ArchiveClassesAtExit}),
 * and maps the archive at every later start ({@code -XX:SharedArchiveFile}); an archive that does
 * not fit the JVM or the jars any more is ignored by the JVM, which then loads classes as usual.
 *
 * <pre>
 * ~/.tsunagu/payara/micro-&lt;version&gt;-&lt;jar size&gt;/
 *   root/          the runtime, the launcher jar, and the server's configuration and work folders
 *   pristine/      the configuration as unpacked: copied over root's before every start, so that a
 *                  start never finds the previous run's deployment (it would deploy the WAR twice)
 *   classes-&lt;java&gt;.jsa   the archive, one per Java runtime
 *   runtime.lock   held while a server runs from root
 * </pre>
 */
final class PayaraRuntime {

    /** What the server's command line needs: the jar to run and the JVM options for the archive. */
    record Launch(Path jar, List<String> jvmOptions) {
    }

    /** Whether this start maps an archive, writes one when it stops, or does without. */
    enum Sharing { MAPPED, RECORDING, NONE }

    private static final String LAUNCHER_JAR = "launch-micro.jar";
    /** Kept across starts: the archive checks the class path's jars by size and modification time. */
    private static final Set<String> KEPT = Set.of("runtime", LAUNCHER_JAR);
    private static final String SHARING_LOG = "class-sharing.log";
    private static final String BUILD_PROPERTIES =
            "META-INF/maven/fish.payara.server.internal.extras/payara-micro-boot/pom.properties";

    private final Path payaraJar;
    private final Path folder;
    private final PrintStream out;
    private FileLock lock;
    private Sharing sharing = Sharing.NONE;

    PayaraRuntime(Path home, Path payaraJar, PrintStream out) throws LaunchException {
        this.payaraJar = payaraJar;
        this.folder = home.resolve("payara").resolve(key(payaraJar));
        this.out = out;
    }

    /**
     * Prepares the root folder for a start. Falls back to the plain Payara Micro jar when another
     * local service holds the folder or the runtime cannot be unpacked, since the archive only saves time.
     */
    Launch prepare() {
        try {
            Files.createDirectories(folder);
            if (!lock()) {
                out.println("  (another local service uses " + folder + "; Payara starts from its own jar)");
                return plain();
            }
            unpackOnce();
            stopLeftoverServers();
            resetConfiguration();
            Path archive = archive();
            Files.deleteIfExists(partial(archive));
            List<String> options = new ArrayList<>();
            if (Files.isRegularFile(archive)) {
                sharing = Sharing.MAPPED;
                options.add("-XX:SharedArchiveFile=" + archive);
                // Quoted: a drive letter's colon would otherwise end the file name.
                options.add("-Xlog:cds=info:file=\"" + folder.resolve(SHARING_LOG) + "\":none");
            } else {
                sharing = Sharing.RECORDING;
                options.add("-XX:ArchiveClassesAtExit=" + partial(archive));
            }
            return new Launch(root().resolve(LAUNCHER_JAR), options);
        } catch (IOException | LaunchException e) {
            out.println("  (Payara's runtime folder " + folder + " could not be prepared: " + e.getMessage()
                    + "; Payara starts from its own jar)");
            release();
            return plain();
        }
    }

    /**
     * After the server has stopped: an archive written at a clean stop becomes the one later starts
     * map. A server that was killed may have left a partial file, which is dropped at the next start.
     */
    void serverStopped(boolean stoppedCleanly) {
        try {
            Path archive = archive();
            Path partial = partial(archive);
            if (sharing == Sharing.RECORDING && stoppedCleanly && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // No archive this time: the next start records one again.
        } finally {
            release();
        }
    }

    /** Whether the JVM of this start mapped the archive, by its own class-data-sharing log. */
    boolean archiveMapped() {
        try {
            return sharing == Sharing.MAPPED
                    && Files.readString(folder.resolve(SHARING_LOG), StandardCharsets.UTF_8).contains("Mapped dynamic region");
        } catch (IOException e) {
            return false;
        }
    }

    Path archive() {
        return folder.resolve("classes-" + Runtime.version().toString().replaceAll("[^A-Za-z0-9._-]", "_") + ".jsa");
    }

    Sharing sharing() {
        return sharing;
    }

    private Launch plain() {
        sharing = Sharing.NONE;
        return new Launch(payaraJar, List.of());
    }

    private Path root() {
        return folder.resolve("root");
    }

    private Path pristine() {
        return folder.resolve("pristine");
    }

    private static Path partial(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".part");
    }

    /** Unpacks the runtime with Payara's own launcher output, once per Payara jar. */
    private void unpackOnce() throws IOException, LaunchException {
        if (Files.isDirectory(pristine()) && Files.isRegularFile(root().resolve(LAUNCHER_JAR))) {
            return;
        }
        Folders.deleteTree(root());
        Folders.deleteTree(pristine());
        out.println("  Unpacking Payara Micro's runtime into " + root() + " (once) ...");
        Path log = folder.resolve("unpack.log");
        Process unpack = new ProcessBuilder(ServerProcess.javaExecutable(), "-jar", payaraJar.toString(),
                "--rootdir", root().toString(), "--outputlauncher")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!unpack.waitFor(120, TimeUnit.SECONDS)) {
                unpack.destroyForcibly();
                throw new LaunchException("unpacking took more than 120 s");
            }
        } catch (InterruptedException e) {
            unpack.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while unpacking");
        }
        if (unpack.exitValue() != 0 || !Files.isRegularFile(root().resolve(LAUNCHER_JAR))) {
            throw new LaunchException("Payara Micro's --outputlauncher ended with code " + unpack.exitValue()
                    + " (see " + log + ")");
        }
        // The pristine copy appears whole or not at all: it is the sign that the root is complete.
        Path staging = folder.resolve("pristine.part");
        Folders.deleteTree(staging);
        Files.createDirectories(staging);
        for (Path entry : Folders.entries(root())) {
            if (!KEPT.contains(entry.getFileName().toString())) {
                Folders.copyTree(entry, staging.resolve(entry.getFileName().toString()));
            }
        }
        Files.move(staging, pristine(), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A server whose launcher was killed still runs from this root (on another port, or the port
     * check would have stopped it already); its configuration is about to be replaced under it.
     */
    private void stopLeftoverServers() {
        String launcherJar = root().resolve(LAUNCHER_JAR).toString();
        for (ProcessHandle leftover : ServerProcess.leftoverServers()) {
            boolean fromThisRoot = leftover.info().arguments()
                    .map(args -> Arrays.asList(args).contains(launcherJar)).orElse(false);
            if (fromThisRoot) {
                out.println("  Stopping a Tsunagu server left behind by an earlier run (process " + leftover.pid() + ")");
                ServerProcess.stopLeftover(leftover);
            }
        }
    }

    /** Everything but the runtime and the launcher jar goes back to its unpacked state. */
    private void resetConfiguration() throws IOException {
        for (Path entry : Folders.entries(root())) {
            if (!KEPT.contains(entry.getFileName().toString())) {
                Folders.deleteTree(entry);
            }
        }
        for (Path entry : Folders.entries(pristine())) {
            Folders.copyTree(entry, root().resolve(entry.getFileName().toString()));
        }
        Files.deleteIfExists(folder.resolve(SHARING_LOG));
    }

    private boolean lock() throws IOException {
        lock = Folders.tryLock(folder.resolve("runtime.lock"));
        return lock != null;
    }

    private void release() {
        Folders.release(lock);
        lock = null;
    }

    /** The Payara version and the jar's size: a different Payara jar gets a folder and an archive of its own. */
    static String key(Path payaraJar) throws LaunchException {
        try (JarFile jar = new JarFile(payaraJar.toFile())) {
            String version = null;
            JarEntry build = jar.getJarEntry(BUILD_PROPERTIES);
            if (build != null) {
                Properties properties = new Properties();
                try (InputStream in = jar.getInputStream(build)) {
                    properties.load(in);
                }
                version = properties.getProperty("version");
            }
            String name = version == null || version.isBlank() ? "micro" : "micro-" + version.trim();
            return name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + Files.size(payaraJar);
        } catch (IOException e) {
            throw new LaunchException("Cannot read Payara Micro at " + payaraJar.toAbsolutePath() + ": " + e.getMessage());
        }
    }
}
