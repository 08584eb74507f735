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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The registry as CSV files: {@code /api/registry/hosts.csv}, {@code tasks.csv}, {@code slots.csv}.
 * Upload with {@code Content-Type: text/csv; charset=Shift_JIS} (or UTF-8, or no charset to let
 * the server tell); download with {@code ?charset=Shift_JIS} for Excel.
 */
@ApplicationScoped
@Path("registry")
@Tag(name = "registry", description = "Host organisations (受入事業所), their tasks and trial slots, and the registry files")
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
    @Operation(operationId = "uploadRegistryCsv", summary = "Import a registry file (hosts.csv, tasks.csv or slots.csv)",
            description = "Shift_JIS or UTF-8, named by the charset of Content-Type or told by the server. A row whose reference exists updates that record.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public RegistryCsvImport.ImportReport upload(@PathParam("file") String name,
                                                 @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
                                                 byte[] body) {
        RegistryFile file = RegistryFile.named(name).orElseThrow(() -> unknownFile(name));
        String declared = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return importer.importFile(caller.get(), file, CsvText.decode(body, declared));
    }

    @GET
    @Path("{file}.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadRegistryCsv", summary = "Export a registry file (hosts.csv, tasks.csv or slots.csv)",
            description = "charset=Shift_JIS for Excel; headings=columns for the column names instead of Japanese headings.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
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
