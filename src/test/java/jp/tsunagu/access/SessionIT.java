package jp.tsunagu.access;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO;
import static jp.tsunagu.support.SampleAccounts.MATSUMOTO_COUNTER;
import static jp.tsunagu.support.SampleAccounts.candidateJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.RawHttp;
import jp.tsunagu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in sessions of the web interface: the cookie alone authenticates, a change needs the CSRF
 * token too, signing out or expiring ends the session on the server, the browser is never offered
 * HTTP Basic, and repeated wrong passwords lock a username out whichever way they are tried.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Accounts this class fails to sign in; their failures are forgotten afterwards so other tests can use them. */
    private static final List<String> LOCKED = List.of("employer-H0002", "employer-H0003", "counter-202011",
            COORDINATOR);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void forgetFailures() throws Exception {
        for (String username : LOCKED) {
            sql("DELETE FROM sign_in_failure WHERE username = ?", username);
        }
    }

    @Test
    void signInSetsAStrictHttpOnlyCookieThatAloneAuthenticates() throws Exception {
        Reply signIn = signIn(COORDINATOR, Api.DEMO_PASSWORD);
        assertThat(signIn.status).as(signIn.toString()).isEqualTo(200);
        JsonObject session = signIn.json();
        assertThat(session.getString("username")).isEqualTo(COORDINATOR);
        assertThat(session.getString("role")).isEqualTo("COORDINATOR");
        assertThat(session.getString("prefectureCode")).isEqualTo("20");
        assertThat(session.getString("csrfToken")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(session.getString("expiresAt")).isNotBlank();

        String setCookie = signIn.header("Set-Cookie");
        assertThat(setCookie).startsWith("tsunagu_session=").contains("HttpOnly", "SameSite=Strict", "Path=/tsunagu")
                .doesNotContain("Secure", "Max-Age");
        String cookie = cookieOf(signIn);

        Reply me = send("GET", "/me", null, Map.of("Cookie", cookie));
        assertThat(me.status).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(COORDINATOR);

        Reply current = send("GET", "/session", null, Map.of("Cookie", cookie));
        assertThat(current.status).isEqualTo(200);
        assertThat(current.json().getString("csrfToken")).isEqualTo(session.getString("csrfToken"));
        assertThat(current.json().getString("role")).isEqualTo("COORDINATOR");

        // The table keeps the token's SHA-256 and nothing from which the token could be read back.
        String token = cookie.substring(cookie.indexOf('=') + 1);
        List<String> row = sessionRow(token);
        assertThat(row).isNotEmpty().doesNotContain(token).noneMatch(value -> value != null && value.contains(token));
    }

    @Test
    void aRequestWithASessionDoesNotCheckThePasswordAgain() throws Exception {
        String employer = "employer-H0003";
        String cookie = cookieOf(signIn(employer, Api.DEMO_PASSWORD));
        String storedHash = sql1("SELECT password_hash FROM account WHERE username = ?", employer);
        try {
            // A stored hash no password can match: every password check now fails.
            sql("UPDATE account SET password_hash = 'unverifiable' WHERE username = ?", employer);
            Reply withBasic = send("GET", "/me", null,
                    Map.of("Authorization", RawHttp.basic(employer, Api.DEMO_PASSWORD)));
            assertThat(withBasic.status).as("HTTP Basic checks the password").isEqualTo(401);
            Reply withSession = send("GET", "/me", null, Map.of("Cookie", cookie));
            assertThat(withSession.status).as("the session is looked up, the password is not hashed again")
                    .isEqualTo(200);
        } finally {
            try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"));
                 PreparedStatement restore = db.prepareStatement("UPDATE account SET password_hash = ? WHERE username = ?")) {
                restore.setString(1, storedHash);
                restore.setString(2, employer);
                restore.executeUpdate();
            }
            sql("DELETE FROM sign_in_failure WHERE username = ?", employer);
        }
    }

    @Test
    void aChangeThroughTheCookieNeedsTheSessionsCsrfToken() throws Exception {
        Reply signIn = signIn(MATSUMOTO_COUNTER, Api.DEMO_PASSWORD);
        String cookie = cookieOf(signIn);
        String csrf = signIn.json().getString("csrfToken");
        String caseCode = "SES-" + UUID.randomUUID().toString().substring(0, 8);

        Reply without = send("POST", "/candidates", candidateJson(caseCode, MATSUMOTO), Map.of("Cookie", cookie));
        assertThat(without.status).as(without.toString()).isEqualTo(403);
        assertThat(without.contentType).startsWith("application/problem+json");
        assertThat(without.json().getString("title")).isEqualTo("画面の確認情報が一致しません");

        Reply wrong = send("POST", "/candidates", candidateJson(caseCode, MATSUMOTO),
                Map.of("Cookie", cookie, "X-CSRF-Token", csrf + "x"));
        assertThat(wrong.status).as(wrong.toString()).isEqualTo(403);
        assertThat(caseCodes(cookie)).doesNotContain(caseCode);

        Reply right = send("POST", "/candidates", candidateJson(caseCode, MATSUMOTO),
                Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
        assertThat(right.status).as(right.toString()).isEqualTo(201);
        assertThat(caseCodes(cookie)).contains(caseCode);

        // HTTP Basic clients have no session and no token to send.
        var basic = new Api(base).as(MATSUMOTO_COUNTER).get("/candidates");
        assertThat(basic.status()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        Reply signIn = signIn(COORDINATOR, Api.DEMO_PASSWORD);
        String cookie = cookieOf(signIn);
        String csrf = signIn.json().getString("csrfToken");

        Reply withoutToken = send("DELETE", "/session", null, Map.of("Cookie", cookie));
        assertThat(withoutToken.status).isEqualTo(403);
        assertThat(send("GET", "/me", null, Map.of("Cookie", cookie)).status).isEqualTo(200);

        Reply signOut = send("DELETE", "/session", null, Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
        assertThat(signOut.status).as(signOut.toString()).isEqualTo(204);
        assertThat(signOut.header("Set-Cookie")).startsWith("tsunagu_session=;").contains("Max-Age=0");

        // The browser would drop the cookie; a copy of it is refused all the same.
        Reply after = send("GET", "/me", null, Map.of("Cookie", cookie));
        assertThat(after.status).isEqualTo(401);
        assertThat(after.header("WWW-Authenticate")).isNull();
        assertThat(after.json().getString("detail")).contains("サインイン");
        assertThat(send("GET", "/session", null, Map.of("Cookie", cookie)).status).isEqualTo(401);
        assertThat(sql1("SELECT revoked_at IS NOT NULL FROM sign_in_session WHERE token_hash = ?", hash(token(cookie))))
                .isEqualTo("1");
    }

    @Test
    void anIdleOrOverlongSessionHasEnded() throws Exception {
        String idle = cookieOf(signIn(COORDINATOR, Api.DEMO_PASSWORD));
        String overlong = cookieOf(signIn(COORDINATOR, Api.DEMO_PASSWORD));
        assertThat(send("GET", "/me", null, Map.of("Cookie", idle)).status).isEqualTo(200);

        // Unused for longer than the idle timeout (30 minutes by default).
        sql("UPDATE sign_in_session SET last_seen_at = last_seen_at - INTERVAL 31 MINUTE WHERE token_hash = ?",
                hash(token(idle)));
        // Busy all along, but signed in longer ago than the absolute timeout.
        sql("UPDATE sign_in_session SET expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE token_hash = ?",
                hash(token(overlong)));

        for (String cookie : List.of(idle, overlong)) {
            Reply me = send("GET", "/me", null, Map.of("Cookie", cookie, "X-Requested-With", "XMLHttpRequest"));
            assertThat(me.status).isEqualTo(401);
            assertThat(me.header("WWW-Authenticate")).isNull();
            assertThat(me.header("Set-Cookie")).contains("Max-Age=0");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutOfferingBasicToTheBrowser() throws Exception {
        Reply page = send("POST", "/session", signInJson("employer-H0002", "not-the-password"),
                Map.of("X-Requested-With", "XMLHttpRequest"));
        assertThat(page.status).isEqualTo(401);
        assertThat(page.contentType).startsWith("application/problem+json");
        assertThat(page.json().getString("detail")).isEqualTo("ユーザー名またはパスワードが違います。");
        assertThat(page.header("WWW-Authenticate")).isNull();
        assertThat(page.header("Set-Cookie")).isNull();

        Reply xhr = send("GET", "/me", null, Map.of("Authorization", basic("employer-H0002", "not-the-password"),
                "X-Requested-With", "XMLHttpRequest"));
        assertThat(xhr.status).isEqualTo(401);
        assertThat(xhr.header("WWW-Authenticate")).isNull();

        // An API client without the header is still told that Basic works.
        Reply client = send("GET", "/me", null, Map.of("Authorization", basic("employer-H0002", "not-the-password")));
        assertThat(client.status).isEqualTo(401);
        assertThat(client.header("WWW-Authenticate")).startsWith("Basic");

        Reply anonymous = send("GET", "/session", null, Map.of("X-Requested-With", "XMLHttpRequest"));
        assertThat(anonymous.status).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isNull();

        assertThat(sql1("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN' AND outcome = 'DENIED'"
                + " AND username = ?", "employer-H0002")).isNotEqualTo("0");
        // Three failures are below the limit; the right password still works and forgets them.
        assertThat(signIn("employer-H0002", Api.DEMO_PASSWORD).status).isEqualTo(200);
        assertThat(sql1("SELECT COUNT(*) FROM sign_in_failure WHERE username = ?", "employer-H0002")).isEqualTo("0");
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameOutUntilTheWindowHasPassed() throws Exception {
        String user = "employer-H0003";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(user, "wrong-" + i).status).isEqualTo(401);
        }
        Reply locked = signIn(user, Api.DEMO_PASSWORD);
        assertThat(locked.status).as(locked.toString()).isEqualTo(429);
        assertThat(locked.contentType).startsWith("application/problem+json");
        assertThat(locked.json().getString("title")).isEqualTo("しばらくサインインできません");
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        // Until the first of the five failures is 15 minutes old (default window); less as the attempts took time.
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(locked.header("Set-Cookie")).isNull();

        // HTTP Basic is refused too, with the right password.
        Reply basic = send("GET", "/me", null, Map.of("Authorization", basic(user, Api.DEMO_PASSWORD)));
        assertThat(basic.status).isEqualTo(429);
        assertThat(basic.header("Retry-After")).isNotNull();

        // Once the failures are older than the window (15 minutes by default) the right password works.
        sql("UPDATE sign_in_failure SET failed_at = failed_at - INTERVAL 16 MINUTE WHERE username = ?", user);
        assertThat(signIn(user, Api.DEMO_PASSWORD).status).isEqualTo(200);
    }

    @Test
    void wrongPasswordsThroughBasicLockTheSignInPageToo() throws Exception {
        String user = "counter-202011";
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/me", null, Map.of("Authorization", basic(user, "wrong-" + i))).status)
                    .isEqualTo(401);
        }
        assertThat(signIn(user, Api.DEMO_PASSWORD).status).isEqualTo(429);
        assertThat(sql1("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN' AND outcome = 'DENIED'"
                + " AND username = ? AND detail LIKE '%locked%'", user)).isNotEqualTo("0");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
        // From a clean slate: another test class may have left one wrong password for this account.
        sql("DELETE FROM sign_in_failure WHERE username = ?", COORDINATOR);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(signIn(COORDINATOR, "wrong-" + i).status).isEqualTo(401);
            }
            assertThat(signIn(COORDINATOR, Api.DEMO_PASSWORD).status).isEqualTo(200);
        }
    }

    // --- a browser's requests, by hand ---

    private Reply signIn(String username, String password) throws Exception {
        return send("POST", "/session", signInJson(username, password), Map.of("X-Requested-With", "XMLHttpRequest"));
    }

    private static String signInJson(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    private List<String> caseCodes(String cookie) throws Exception {
        Reply list = send("GET", "/candidates", null, Map.of("Cookie", cookie));
        assertThat(list.status).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(list.body()))) {
            reader.readArray().forEach(v -> codes.add(v.asJsonObject().getString("caseCode", "")));
        }
        return codes;
    }

    private Reply send(String method, String path, String json, Map<String, String> headers) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "api" + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().map());
    }

    private static String cookieOf(Reply signIn) {
        assertThat(signIn.status).as(signIn.toString()).isEqualTo(200);
        String setCookie = signIn.header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String token(String cookie) {
        return cookie.substring(cookie.indexOf('=') + 1);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    // --- the database, as an operator would look at it ---

    private static List<String> sessionRow(String token) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"));
             PreparedStatement select = db.prepareStatement("SELECT * FROM sign_in_session WHERE token_hash = ?")) {
            select.setString(1, hash(token));
            try (ResultSet row = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (row.next()) {
                    for (int c = 1; c <= row.getMetaData().getColumnCount(); c++) {
                        values.add(row.getString(c));
                    }
                }
                return values;
            }
        }
    }

    private static void sql(String statement, String parameter) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"));
             PreparedStatement update = db.prepareStatement(statement)) {
            update.setString(1, parameter);
            update.executeUpdate();
        }
    }

    private static String sql1(String query, String parameter) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("test.db.url"));
             PreparedStatement select = db.prepareStatement(query)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
