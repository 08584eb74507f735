package jp.tsunagu.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Redocly CLI, the OpenAPI linter, with its recommended rules. The version is pinned by
 * {@code src/test/openapi/package.json} and its lock file; {@code npm ci} installs it from the npm
 * registry into {@code target/openapi-lint} once per build folder (a second run reuses it).
 *
 * <p>Without node and npm the linter cannot run: the calling test then fails when
 * {@value #REQUIRED} is {@code 1} (as the continuous integration sets it), and is skipped otherwise,
 * saying so.
 */
public final class OpenApiLinter {

    /** Set to 1 where the lint must run (CI): a missing node or npm fails the test rather than skipping it. */
    public static final String REQUIRED = "TSUNAGU_OPENAPI_LINT_REQUIRED";

    private static final Path SOURCE = Path.of("src/test/openapi");
    private static final Path HOME = Path.of("target/openapi-lint");
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    /** What the linter found: its totals, and one line per problem. */
    public record Report(int errors, int warnings, List<String> problems) {

        @Override
        public String toString() {
            return errors + " errors, " + warnings + " warnings" + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems));
        }
    }

    private OpenApiLinter() {
    }

    /** Lints {@code document} (YAML or JSON) with the recommended rules. */
    public static Report lint(Path document) throws IOException, InterruptedException {
        Path cli = install();
        Run run = run(HOME, 120, "node", cli.toAbsolutePath().toString(), "lint",
                "--config", SOURCE.resolve("redocly.yaml").toAbsolutePath().toString(),
                "--format", "json", "--max-problems", "1000", document.toAbsolutePath().toString());
        int start = run.stdout().indexOf('{');
        if (start < 0) {
            throw new IllegalStateException("the linter wrote no report (exit " + run.exit() + "): " + run.stdout() + run.stderr());
        }
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(run.stdout().substring(start)))) {
            json = reader.readObject();
        }
        List<String> problems = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("problems")) {
            JsonObject problem = value.asJsonObject();
            var locations = problem.getJsonArray("location");
            String where = locations == null || locations.isEmpty() ? ""
                    : locations.getJsonObject(0).getString("pointer", "");
            problems.add(problem.getString("severity") + " " + problem.getString("ruleId") + " " + where + ": "
                    + problem.getString("message"));
        }
        JsonObject totals = json.getJsonObject("totals");
        return new Report(totals.getInt("errors"), totals.getInt("warnings"), problems);
    }

    /** The linter's entry point, installed from the committed lock file unless already there. */
    private static Path install() throws IOException, InterruptedException {
        Path cli = HOME.resolve("node_modules/@redocly/cli/bin/cli.js");
        Files.createDirectories(HOME);
        boolean lockUnchanged = Files.exists(HOME.resolve("package-lock.json")) && Files.exists(cli)
                && Files.mismatch(SOURCE.resolve("package-lock.json"), HOME.resolve("package-lock.json")) == -1;
        if (lockUnchanged) {
            return cli;
        }
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Run npm = run(HOME, 300, WINDOWS ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts",
                "--loglevel=error");
        if (npm.exit() != 0 || !Files.exists(cli)) {
            throw new IllegalStateException("npm ci could not install the OpenAPI linter (exit " + npm.exit() + "): "
                    + npm.stdout() + npm.stderr());
        }
        return cli;
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run run(Path directory, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Path out = Files.createTempFile(HOME, "out", ".txt");
        Path err = Files.createTempFile(HOME, "err", ".txt");
        Process process;
        try {
            process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            String missing = command[0] + " is not installed (" + e.getMessage() + "); the OpenAPI linter needs node 20.19 or"
                    + " newer and npm, and reaches the npm registry once";
            if ("1".equals(System.getenv(REQUIRED))) {
                throw new IllegalStateException(missing, e);
            }
            Assumptions.abort(missing + ". Skipped here; " + REQUIRED + "=1 makes it fail instead.");
            throw e;
        }
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took more than " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
