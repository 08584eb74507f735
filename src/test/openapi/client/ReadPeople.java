package jp.tsunagu.client;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tsunagu.client.api.CandidatesApi;
import jp.tsunagu.client.api.SessionApi;
import jp.tsunagu.client.model.CandidateView;
import jp.tsunagu.client.model.SessionView;
import jp.tsunagu.client.model.SignInRequest;

/**
 * What a municipal case-management system would write with the Java client generated from the
 * service's OpenAPI document: sign in, then read the first page of its people. Compiled and run by
 * OpenApiDocumentIT against the generated sources (it is not part of the build's test sources, which
 * have no generated client to compile against).
 *
 * <p>Takes {@code baseUri} (the service, e.g. {@code http://host/tsunagu}), {@code username} and
 * {@code password}; answers what it read.
 */
public final class ReadPeople implements Function<Map<String, String>, Map<String, Object>> {

    @Override
    public Map<String, Object> apply(Map<String, String> settings) {
        try {
            ApiClient client = new ApiClient();
            client.updateBaseUri(settings.get("baseUri"));
            // The session cookie of the sign-in goes with every later request.
            client.setHttpClientBuilder(HttpClient.newBuilder().cookieHandler(new CookieManager()));

            SessionView session = new SessionApi(client).signIn(
                    new SignInRequest().username(settings.get("username")).password(settings.get("password")));

            ApiResponse<List<CandidateView>> page = new CandidatesApi(client).listCandidatesWithHttpInfo(0, 20);
            List<String> municipalities = page.getData().stream().map(c -> c.getProfile().getMunicipalityCode()).toList();
            return Map.of("role", String.valueOf(session.getRole()),
                    "servedMunicipalities", List.copyOf(session.getServedMunicipalities()),
                    "status", page.getStatusCode(),
                    "municipalities", municipalities,
                    "totalCount", page.getHeaders().getOrDefault("X-Total-Count", List.of()));
        } catch (ApiException e) {
            throw new IllegalStateException("the API answered " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }
}
