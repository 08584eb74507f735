package jp.tsunagu.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document at {@code /openapi} with what holds for every operation alike, so
 * that the resources' annotations say only what is particular to each:
 * <ul>
 * <li>the errors it may answer, each as {@code application/problem+json} (the shared responses of
 * {@code META-INF/openapi.yaml}, see {@link Problems}): 400 when it takes a body or query
 * parameters, 401 and 403 always, 404 when its address names a record, 409 when it changes
 * something, and any other status as {@code default}. An operation whose annotations describe its
 * own 4XX answers (signing in) keeps exactly those;</li>
 * <li>for a paged list (query parameters {@code offset} and {@code limit}, see {@link PageRequest}
 * and {@link Page}), their types and bounds, and the headers of its answer: {@code X-Total-Count}
 * and {@code Link} to the next page;</li>
 * <li>its success as {@code 200}: the server describes a method's return value as the
 * {@code default} response, which here means an error;</li>
 * <li>each tag listed once: the server lists a tag once per class that carries it;</li>
 * <li>no {@code properties} on a schema that is not an object: the server lets those of one
 * response's schema leak into another's;</li>
 * <li>no list of the server's endpoints: Payara adds one at the top level, which is not OpenAPI
 * and makes the document fail validation.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().forEach((path, item) ->
                    item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
        }
        if (document.getTags() != null) {
            Map<String, Tag> once = new LinkedHashMap<>();
            document.getTags().forEach(tag -> once.merge(tag.getName(), tag,
                    (first, again) -> first.getDescription() != null ? first : again));
            document.setTags(new ArrayList<>(once.values()));
        }
        dropEndpointList(document);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && schema.getType() != Schema.SchemaType.OBJECT && schema.getProperties() != null) {
            schema.setProperties(null);
        }
        return schema;
    }

    static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponse success = responses.getDefaultValue();
        if (success != null && !responses.hasAPIResponse("200")) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            responses.addAPIResponse("200", success.description("OK"));
        }
        if (isPaged(operation)) {
            describePaging(operation, responses);
        }
        boolean describesItsErrors = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("4"));
        if (!describesItsErrors) {
            boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY
                            || p.getIn() == Parameter.In.HEADER));
            if (takesInput) {
                add(responses, "400", "BadRequest");
            }
            add(responses, "401", "Unauthorized");
            add(responses, "403", "Forbidden");
            if (path.contains("{")) {
                add(responses, "404", "NotFound");
            }
            if (CHANGES.contains(method)) {
                add(responses, "409", "Conflict");
            }
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse().ref("Problem"));
        }
    }

    private static boolean isPaged(Operation operation) {
        return queryParameter(operation, "offset") != null && queryParameter(operation, "limit") != null;
    }

    private static void describePaging(Operation operation, APIResponses responses) {
        queryParameter(operation, "offset").description("How many records of the whole list to skip.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).defaultValue(0));
        queryParameter(operation, "limit").description("How many records to answer at most.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                        .defaultValue(PageRequest.DEFAULT_LIMIT));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                response.addHeader(Page.TOTAL_HEADER, OASFactory.createHeader().ref("TotalCount"));
                response.addHeader("Link", OASFactory.createHeader().ref("NextPage"));
            }
        });
    }

    private static Parameter queryParameter(Operation operation, String name) {
        return operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName())).findFirst().orElse(null);
    }

    private static void add(APIResponses responses, String status, String shared) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(shared));
        }
    }

    /** Payara's {@code endpoints}: a map on its document class, written out only when it holds something. */
    private static void dropEndpointList(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new HashMap<>());
        } catch (NoSuchMethodException e) {
            // Another implementation: it adds no such list.
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not leave the endpoint list out of the OpenAPI document", e);
        }
    }
}
