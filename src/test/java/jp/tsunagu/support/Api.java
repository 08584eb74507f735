package jp.tsunagu.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for the integration tests: calls the API as one demo account, as a real
 * client would, and reads JSON answers.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "demo-pass";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI deployment;
    private final String authorization;

    public Api(URL deployment) {
        this(URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/"), null);
    }

    private Api(URI deployment, String authorization) {
        this.deployment = deployment;
        this.authorization = authorization;
    }

    public Api as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(deployment, "Basic " + token);
    }

    public Api anonymous() {
        return new Api(deployment, null);
    }

    /** {@code path} below {@code /api}, e.g. {@code /candidates/3}. */
    public Reply get(String path) {
        return send(request(api(path)).GET());
    }

    /**
     * A whole paged list ({@code /candidates}, {@code /rounds/{id}/proposals}), read page by page
     * as the screens do; fails on any answer but 200 or a page that does not add up.
     */
    public JsonArray list(String path) {
        var all = Json.createArrayBuilder();
        int read = 0;
        for (;;) {
            Reply page = get(path + (path.contains("?") ? "&" : "?") + "offset=" + read + "&limit=1000");
            if (page.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + page);
            }
            JsonArray items = page.array();
            items.forEach(all::add);
            read += items.size();
            long total = Long.parseLong(page.header("X-Total-Count"));
            if (items.isEmpty() || read >= total) {
                return all.build();
            }
        }
    }

    public Reply getFromServerRoot(String path) {
        return send(request(deployment.resolve(path)).GET());
    }

    public Reply post(String path, String json) {
        return send(request(api(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(api(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(api(path)).DELETE());
    }

    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(api(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public URI api(String path) {
        return deployment.resolve("api" + (path.startsWith("/") ? path : "/" + path));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** An answer of the server. */
    public record Reply(int status, String contentType, byte[] bytes, java.util.Map<String, java.util.List<String>> headers) {

        /** The first value of a response header, whatever its case, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        /** The answer as JSON, object or array. */
        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body();
        }
    }
}
