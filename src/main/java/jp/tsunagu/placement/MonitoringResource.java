package jp.tsunagu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the counters must not miss: programme limits near; the coordinator can run the daily check at once. */
@ApplicationScoped
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring", description = "Programme limits and the daily lifecycle check")
public class MonitoringResource {

    @Inject
    LifecycleMonitor monitor;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("programme-limits")
    @Operation(operationId = "listProgrammeLimits", summary = "List the caller's people by how close their programme is to its limit")
    public List<ProgrammeLimitView> programmeLimits() {
        return monitor.programmeLimits(caller.get());
    }

    @POST
    @Path("checks")
    @Operation(operationId = "runLifecycleCheck", summary = "Run the daily lifecycle check now")
    public LifecycleMonitor.CheckResult check() {
        return monitor.checkNow(caller.get());
    }
}
