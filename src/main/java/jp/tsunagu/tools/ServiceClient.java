package jp.tsunagu.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** HTTP calls from the launcher to the service it started. */
final class ServiceClient {

    /** A response: status and body; status 0 when the service could not be reached. */
    static final class Reply {
        final int status;
        final String body;

        Reply(int status, String body) {
            this.status = status;
            this.body = body;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The {@code detail} (or {@code title}) of a problem+json answer, else the body. */
        String problem() {
            try {
                var json = LaunchJson.object(body);
                String detail = LaunchJson.string(json, "detail");
                return detail != null ? detail : String.valueOf(LaunchJson.string(json, "title"));
            } catch (RuntimeException e) {
                return body.length() > 300 ? body.substring(0, 300) + " ..." : body;
            }
        }
    }

    private final String root;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    ServiceClient(int port, String user, String password) {
        this.root = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET} a path from the server root, without credentials (health, OpenAPI). */
    Reply anonymous(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET().timeout(Duration.ofSeconds(10)));
    }

    Reply get(String apiPath) {
        return send(api(apiPath).GET());
    }

    Reply post(String apiPath, String json) {
        return send(api(apiPath)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * Follows a server-sent event stream until it ends, handing each event (name, data) over.
     * Returns the HTTP status of the stream (0 if unreachable).
     */
    int events(String apiPath, BiConsumer<String, String> onEvent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "/tsunagu/api" + apiPath))
                .header("Authorization", authorization)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        try {
            HttpResponse<Stream<String>> response = http.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                return response.statusCode();
            }
            String[] event = {"message"};
            StringBuilder data = new StringBuilder();
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            onEvent.accept(event[0], data.toString());
                        }
                        event[0] = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        event[0] = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        if (data.length() > 0) {
                            data.append('\n');
                        }
                        data.append(line.substring(5).stripLeading());
                    }
                });
            }
            return 200;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    String apiUrl() {
        return root + "/tsunagu/api";
    }

    String rootUrl() {
        return root;
    }

    private HttpRequest.Builder api(String apiPath) {
        return HttpRequest.newBuilder(URI.create(root + "/tsunagu/api" + apiPath))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(0, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "interrupted");
        }
    }
}
