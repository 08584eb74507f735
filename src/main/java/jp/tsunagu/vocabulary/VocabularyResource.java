package jp.tsunagu.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The code lists with their Japanese labels, for every signed-in user: read once per page and kept by
 * the browser for an hour (they change only with a new version of the service).
 */
@ApplicationScoped
@Path("vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "vocabulary", description = "The code lists with their Japanese labels")
public class VocabularyResource {

    private static final CacheControl AN_HOUR = CacheControl.valueOf("private, max-age=3600");

    @GET
    @Operation(operationId = "getVocabulary", summary = "Read every code list with its Japanese labels")
    @APIResponse(responseCode = "200", description = "The code lists by name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Vocabulary")))
    public Response vocabulary() {
        Map<String, List<List<String>>> lists = Vocabulary.lists();
        return Response.ok(lists).cacheControl(AN_HOUR).build();
    }
}
