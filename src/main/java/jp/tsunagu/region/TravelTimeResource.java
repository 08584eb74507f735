package jp.tsunagu.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.access.CurrentCaller;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.registry.csv.CsvText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Measured travel times: {@code POST /api/travel-times/public_transport.csv} with a minutes matrix. */
@ApplicationScoped
@Path("travel-times")
@Tag(name = "travel-times", description = "Measured travel times between municipalities")
public class TravelTimeResource {

    @Inject
    TravelTimeImport importer;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{mode}.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadTravelTimes", summary = "Import a matrix of measured travel minutes for one mode",
            description = "First row from\\to then JIS codes, one row per origin; a blank cell keeps the formula.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Map<String, Object> upload(@PathParam("mode") String modeName,
                                      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, byte[] body) {
        TravelMode mode = Arrays.stream(TravelMode.values())
                .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(modeName)).findFirst()
                .orElseThrow(() -> new NotFoundException("移動手段「" + modeName + "」はありません。使えるのは "
                        + Arrays.stream(TravelMode.values()).map(m -> m.name().toLowerCase(Locale.ROOT) + ".csv")
                                .collect(java.util.stream.Collectors.joining(", ")) + " です。"));
        String declared = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        int pairs = importer.importMatrix(caller.get(), mode, CsvText.decode(body, declared));
        return Map.of("mode", mode.name(), "pairs", pairs);
    }
}
