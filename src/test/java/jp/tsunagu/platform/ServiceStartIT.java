package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceStartIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void healthIsUpOnceTheSchemaIsMigrated() throws Exception {
        var health = new Api(base).anonymous().getFromServerRoot("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        var openapi = new Api(base).anonymous().getFromServerRoot("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/me", "/api/candidates/{id}", "/api/rounds/{id}/proposals",
                "/api/registry/{file}.csv");
    }

    /** Answers, refusals and the container's own errors alike carry the security headers. */
    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Api api = new Api(base);
        for (Api.Reply reply : java.util.List.of(api.as("coordinator").get("/me"), api.anonymous().get("/me"),
                api.as("coordinator").get("/candidates/999999999"), api.as("coordinator").get("/no-such-thing"),
                api.anonymous().getFromServerRoot("no-such-page"),
                api.as("coordinator").post("/candidates", "[".repeat(1000)))) {
            assertThat(reply.header("X-Content-Type-Options")).as(reply.toString()).isEqualTo("nosniff");
            assertThat(reply.header("Content-Security-Policy")).as(reply.toString()).contains("frame-ancestors 'none'");
            assertThat(reply.header("Referrer-Policy")).as(reply.toString()).isEqualTo("no-referrer");
            assertThat(reply.header("Cache-Control")).as(reply.toString()).isEqualTo("no-store");
        }
    }

    @Test
    void requestWithoutCredentialsIsRefusedAsProblem() throws Exception {
        var response = new Api(base).anonymous().get("/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
