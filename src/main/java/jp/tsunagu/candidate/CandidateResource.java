package jp.tsunagu.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jp.tsunagu.platform.PageRequest;

/** People in the pool (候補者), as the counters and the coordinator reach them. */
@ApplicationScoped
@Path("candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CandidateResource {

    @Inject
    CandidateService candidates;

    @Inject
    CurrentCaller caller;

    /** A page of the caller's people, in id order ({@code offset}, {@code limit}; see {@link PageRequest}). */
    @APIResponse(responseCode = "200", description = "the page, in id order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CandidateView.class)),
            headers = {@Header(name = "X-Total-Count", description = "records in the whole list"),
                    @Header(name = "Link", description = "rel=next: the next page, while there is one")})
    @GET
    public Response list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                         @Context UriInfo uri) {
        return candidates.list(caller.get(), PageRequest.of(offset, limit)).toResponse(uri);
    }

    @GET
    @Path("{id}")
    public CandidateView get(@PathParam("id") long id) {
        return candidates.get(caller.get(), id);
    }

    @POST
    public Response submit(@NotNull @Valid CandidateInput input, @Context UriInfo uri) {
        CandidateView created = candidates.create(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public CandidateView update(@PathParam("id") long id, @NotNull @Valid CandidateInput input) {
        return candidates.update(caller.get(), id, input);
    }

    /** 支援終結など: the person leaves the pool; the record stays for the audit trail. */
    @POST
    @Path("{id}/withdrawal")
    public CandidateView withdraw(@PathParam("id") long id) {
        return candidates.withdraw(caller.get(), id);
    }
}
