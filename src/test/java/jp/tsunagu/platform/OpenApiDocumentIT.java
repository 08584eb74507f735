package jp.tsunagu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Deployments;
import jp.tsunagu.support.GeneratedClient;
import jp.tsunagu.support.OpenApiLinter;
import jp.tsunagu.support.SampleAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document at {@code /openapi} is one a client can be generated from: it passes Redocly
 * CLI's recommended rules without an error, names each operation once and summarises it, describes
 * the problem+json errors and the paging headers, and a Java client generated from it signs in and
 * reads a page of people. The document is written to {@code target/openapi/openapi.json}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    private static final Path FOLDER = Path.of("target/openapi");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Api.Reply document() throws Exception {
        Api.Reply reply = new Api(base).anonymous().getFromServerRoot("/openapi?format=JSON");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Files.createDirectories(FOLDER);
        Files.write(FOLDER.resolve("openapi.json"), reply.bytes());
        return reply;
    }

    @Test
    void passesTheRecommendedRulesOfRedoclyCli() throws Exception {
        document();
        OpenApiLinter.Report report = OpenApiLinter.lint(FOLDER.resolve("openapi.json"));
        System.out.println("OpenAPI lint: " + report);
        assertThat(report.errors()).as(report.toString()).isZero();
    }

    @Test
    void namesAndSummarisesEachOperationAndDescribesErrorsAndPaging() throws Exception {
        JsonObject openapi = document().json();
        List<String> ids = new ArrayList<>();
        openapi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            JsonObject operation = value.asJsonObject();
            assertThat(operation.getString("summary", "")).as(method + " " + path).isNotBlank();
            ids.add(operation.getString("operationId"));
            JsonObject responses = operation.getJsonObject("responses");
            assertThat(responses.keySet()).as(method + " " + path).anyMatch(code -> code.startsWith("4")).contains("default");
        }));
        assertThat(ids).doesNotHaveDuplicates().contains("listCandidates", "getCandidate", "signIn");

        JsonObject components = openapi.getJsonObject("components");
        assertThat(components.getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "errors");
        assertThat(components.getJsonObject("responses").getJsonObject("NotFound").getJsonObject("content").keySet())
                .containsExactly(Problems.MEDIA_TYPE);

        JsonObject list = openapi.getJsonObject("paths").getJsonObject("/api/candidates").getJsonObject("get");
        assertThat(list.getJsonObject("responses").getJsonObject("200").getJsonObject("headers").keySet())
                .contains(Page.TOTAL_HEADER, "Link");
        assertThat(list.getJsonArray("parameters").stream().map(p -> p.asJsonObject().getString("name")))
                .containsExactlyInAnyOrder("offset", "limit");
        assertThat(openapi.containsKey("endpoints")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGeneratedJavaClientSignsInAndReadsAPageOfPeople() throws Exception {
        document();
        try (var client = GeneratedClient.build(FOLDER.resolve("openapi.json"), FOLDER.resolve("java-client"),
                Path.of("src/test/openapi/client/ReadPeople.java"))) {
            var readPeople = (Function<Map<String, String>, Map<String, Object>>) client
                    .loadClass(GeneratedClient.PACKAGE + ".ReadPeople").getConstructor().newInstance();
            String service = base.toString().replaceAll("/+$", "");
            Map<String, Object> read = readPeople.apply(Map.of("baseUri", service,
                    "username", SampleAccounts.MATSUMOTO_COUNTER, "password", Api.DEMO_PASSWORD));

            assertThat(read.get("role")).isEqualTo("COUNTER");
            assertThat(read.get("status")).isEqualTo(200);
            assertThat((List<String>) read.get("municipalities")).isNotEmpty().hasSizeLessThanOrEqualTo(20)
                    .containsOnly(SampleAccounts.MATSUMOTO);
            List<String> total = (List<String>) read.get("totalCount");
            assertThat(total).hasSize(1);
            assertThat(Long.parseLong(total.get(0))).isGreaterThanOrEqualTo(((List<String>) read.get("municipalities")).size());
        }
    }
}
