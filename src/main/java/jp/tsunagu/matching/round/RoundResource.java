package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.platform.PageRequest;
import jp.tsunagu.proposal.ProposalView;

/**
 * Weekly rounds: the coordinator starts one (202: it solves in the background), follows its
 * progress as server-sent events, stops it early, and reads the proposals; a counter reads the
 * proposals of its own people.
 */
@ApplicationScoped
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    RoundResults results;

    @Inject
    RoundProgressStream progressStream;

    @Inject
    CurrentCaller caller;

    @Resource
    ManagedExecutorService executor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid StartRoundRequest request, @Context UriInfo uri) {
        RoundView started = rounds.start(caller.get(), request);
        return Response.accepted(started)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(started.id())).build()).build();
    }

    @GET
    public List<RoundView> list() {
        return rounds.rounds(caller.get());
    }

    /**
     * The pool as it would be solved now, as a problem file (docs/problem-format.md): for the
     * offline solver, a benchmark, or checking what the solver is given.
     */
    @GET
    @Path("pool")
    public MatchingProblem pool() {
        return rounds.pool(caller.get());
    }

    @GET
    @Path("{id}")
    public RoundView get(@PathParam("id") long id) {
        return rounds.round(caller.get(), id);
    }

    @POST
    @Path("{id}/stop")
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(rounds.stop(caller.get(), id)).build();
    }

    /** Re-solves a saved round around its pins and decisions (202: it solves in the background). */
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("id") long id, @Valid StartRoundRequest request) {
        return Response.accepted(rounds.resolve(caller.get(), id, request)).build();
    }

    /** Publishes the round's drafts to the counters. */
    @POST
    @Path("{id}/publish")
    public RoundView publish(@PathParam("id") long id) {
        return rounds.publish(caller.get(), id);
    }

    @GET
    @Path("{id}/proposals")
    @APIResponse(responseCode = "200", description = "the page, in id order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProposalView.class)),
            headers = {@Header(name = "X-Total-Count", description = "records in the whole list"),
                    @Header(name = "Link", description = "rel=next: the next page, while there is one")})
    public Response proposals(@PathParam("id") long id, @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @Context UriInfo uri) {
        return results.proposals(caller.get(), id, PageRequest.of(offset, limit)).toResponse(uri);
    }

    @GET
    @Path("{id}/unplaced")
    public List<UnplacedView> unplaced(@PathParam("id") long id) {
        return results.unplaced(caller.get(), id);
    }

    /** The network's value: placed prefecture-wide against each municipality matching alone. */
    @GET
    @Path("{id}/network-value")
    public NetworkValue networkValue(@PathParam("id") long id) {
        return results.networkValue(caller.get(), id);
    }

    /** What publishing the round would hand to each counter: its number of draft proposals. */
    @GET
    @Path("{id}/publication")
    public List<RoundResults.PublicationShare> publication(@PathParam("id") long id) {
        return results.publication(caller.get(), id);
    }

    /** The network's gaps: unplaced people no change on their side would place, per municipality and kind. */
    @GET
    @Path("{id}/gaps")
    public RoundGaps gaps(@PathParam("id") long id) {
        return results.gaps(caller.get(), id);
    }

    /** {@code progress} events while the round runs, then one {@code finished} event with the saved round. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        Caller who = caller.get();
        RoundView first = rounds.round(who, id);
        executor.submit(() -> progressStream.follow(who, first, sink, sse));
    }
}
