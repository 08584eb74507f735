package jp.tsunagu.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the server thinks the caller is, and what scope it checks them against. */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "session", description = "Signing in and out, and who is calling")
public class MeResource {

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getCaller", summary = "Read who is calling: role, prefecture and scope")
    public Caller me() {
        return caller.get();
    }
}
