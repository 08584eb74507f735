package jp.tsunagu.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.CurrentCaller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The prefecture's accommodation catalogue (配慮): everyone reads it, the coordinator extends it. */
@ApplicationScoped
@Path("accommodations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reference", description = "The prefecture's municipalities and accommodation catalogue (配慮)")
public class AccommodationResource {

    /** A catalogue entry. */
    public record AccommodationView(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9_]+", message = "英小文字・数字・下線のみ使えます") String code,
            @NotBlank @Size(max = 80) String labelJa) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AccessPolicy access;

    @GET
    @Operation(operationId = "listAccommodations", summary = "List the accommodation catalogue (配慮)")
    public List<AccommodationView> catalogue() {
        return em.createQuery("select a from Accommodation a where a.prefectureCode = :p order by a.id",
                        Accommodation.class)
                .setParameter("p", caller.get().prefectureCode()).getResultStream()
                .map(a -> new AccommodationView(a.getCode(), a.getLabelJa())).toList();
    }

    @POST
    @Transactional
    @Operation(operationId = "addAccommodation", summary = "Add an accommodation to the catalogue")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccommodationView")))
    public Response extend(@NotNull @Valid AccommodationView entry) {
        Caller c = caller.get();
        access.requireRole(c, AuditAction.CREATE, "accommodation", Role.COORDINATOR);
        boolean known = !em.createQuery("select a.id from Accommodation a where a.prefectureCode = :p and a.code = :c")
                .setParameter("p", c.prefectureCode()).setParameter("c", entry.code()).getResultList().isEmpty();
        if (known) {
            throw new ClientErrorException("配慮コード " + entry.code() + " は既にあります。", Response.Status.CONFLICT);
        }
        em.persist(new Accommodation(c.prefectureCode(), entry.code(), entry.labelJa()));
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}
