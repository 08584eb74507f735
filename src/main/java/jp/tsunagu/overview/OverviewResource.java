package jp.tsunagu.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /overview[?round=ID]}: the coordinator's week at a glance, per municipality. */
@ApplicationScoped
@Path("overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "overview", description = "The coordinator's week at a glance")
public class OverviewResource {

    @Inject
    OverviewService overview;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getOverview", summary = "Read the week's figures per municipality",
            description = "The latest saved round's, or the round the round parameter names.")
    public WeekOverview get(@QueryParam("round") Long roundId) {
        return overview.overview(caller.get(), roundId);
    }
}
