package jp.tsunagu.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's data: disclosure (開示請求), erasure of a closed case, the retention check. See docs/privacy.md. */
@ApplicationScoped
@Path("privacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "privacy", description = "A person's data: disclosure (開示請求), anonymisation, retention")
public class PrivacyResource {

    @Inject
    PrivacyDesk desk;

    @Inject
    RetentionCheck retention;

    @Inject
    CurrentCaller caller;

    /** Everything held about the person, as JSON; the request itself is audited. */
    @GET
    @Path("candidates/{id}/disclosure")
    @Operation(operationId = "getDisclosure", summary = "Disclose everything held about a person, as one JSON document")
    public JsonObject disclosure(@PathParam("id") long id) {
        return desk.disclose(caller.get(), id);
    }

    /** Clears a closed case's personal fields now (削除請求). */
    @POST
    @Path("candidates/{id}/anonymisation")
    @Operation(operationId = "anonymiseCandidate", summary = "Anonymise a closed case's personal data now (削除請求)")
    public PrivacyDesk.AnonymisationView anonymise(@PathParam("id") long id) {
        return desk.anonymiseOnRequest(caller.get(), id);
    }

    /** Runs the retention check of the prefecture now, as the nightly check does. */
    @POST
    @Path("retention-checks")
    @Operation(operationId = "runRetentionCheck", summary = "Run the retention check of the prefecture now")
    public RetentionCheck.Result checkRetention() {
        return retention.runNow(caller.get());
    }
}
