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

/** Measured travel times: {@code POST /api/travel-times/public_transport.csv} with a minutes matrix. */
@ApplicationScoped
@Path("travel-times")
public class TravelTimeResource {

    @Inject
    TravelTimeImport importer;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{mode}.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> upload(@PathParam("mode") String modeName,
                                      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, byte[] body) {
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
