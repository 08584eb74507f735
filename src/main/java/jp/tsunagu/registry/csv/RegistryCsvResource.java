package jp.tsunagu.registry.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import jp.tsunagu.access.CurrentCaller;

/**
 * The registry as CSV files: {@code /api/registry/hosts.csv}, {@code tasks.csv}, {@code slots.csv}.
 * Upload with {@code Content-Type: text/csv; charset=Shift_JIS} (or UTF-8, or no charset to let
 * the server tell); download with {@code ?charset=Shift_JIS} for Excel.
 */
@ApplicationScoped
@Path("registry")
public class RegistryCsvResource {

    @Inject
    RegistryCsvImport importer;

    @Inject
    RegistryCsvExport exporter;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{file}.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public RegistryCsvImport.ImportReport upload(@PathParam("file") String name,
                                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                                 byte[] body) {
        RegistryFile file = RegistryFile.named(name).orElseThrow(() -> unknownFile(name));
        String declared = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return importer.importFile(caller.get(), file, CsvText.decode(body, declared));
    }

    @GET
    @Path("{file}.csv")
    @Produces("text/csv")
    public Response download(@PathParam("file") String name, @QueryParam("charset") @DefaultValue("UTF-8") String charsetName,
                             @QueryParam("headings") @DefaultValue("ja") String headings) {
        RegistryFile file = RegistryFile.named(name).orElseThrow(() -> unknownFile(name));
        Charset charset = CsvText.charset(charsetName);
        if (!headings.equals("ja") && !headings.equals("columns")) {
            throw new jp.tsunagu.platform.InvalidInputException("headings",
                    "見出しは ja（日本語、既定）か columns（列名）で指定してください: " + headings);
        }
        byte[] bytes = CsvText.encode(exporter.export(caller.get(), file, headings.equals("ja")), charset);
        return Response.ok(bytes, "text/csv; charset=" + (charset.equals(CsvText.WINDOWS_31J) ? "Shift_JIS" : charset.name()))
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    private static NotFoundException unknownFile(String name) {
        return new NotFoundException("ファイル「" + name + ".csv」はありません。使えるのは "
                + java.util.Arrays.stream(RegistryFile.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT) + ".csv")
                        .collect(java.util.stream.Collectors.joining(", ")) + " です。");
    }
}
