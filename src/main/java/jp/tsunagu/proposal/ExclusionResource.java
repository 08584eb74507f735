package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;

/** The coordinator's person × slot exclusions: list, exclude, lift. */
@ApplicationScoped
@Path("exclusions")
@Produces(MediaType.APPLICATION_JSON)
public class ExclusionResource {

    @Inject
    Exclusions exclusions;

    @Inject
    CurrentCaller caller;

    @GET
    public List<ExclusionView> list(@QueryParam("active") @DefaultValue("true") boolean activeOnly) {
        return exclusions.list(caller.get(), activeOnly);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response exclude(@NotNull @Valid ProposalRequests.Exclude request) {
        return Response.status(Response.Status.CREATED).entity(exclusions.exclude(caller.get(), request)).build();
    }

    /** Lifts the exclusion: the pair may be proposed again from the next round. */
    @DELETE
    @Path("{id}")
    public ExclusionView lift(@PathParam("id") long id) {
        return exclusions.lift(caller.get(), id);
    }
}
