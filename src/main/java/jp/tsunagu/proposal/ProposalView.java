package jp.tsunagu.proposal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.outcome.AlternativeOutcome;
import jp.tsunagu.platform.JsonP;
import jp.tsunagu.registry.WorkKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal as the coordinator and the counter read it: the person's case, the slot, why, the
 * other choices, and where it stands in the lifecycle. {@code version} goes back with a decision.
 *
 * <p>The other choices are handed on as stored: the round wrote them with the same JSON binding as
 * a list of {@link AlternativeOutcome}, so binding them to objects and writing them again gave the
 * same text at about a tenth of a page's processor time.
 */
public record ProposalView(long id, long roundId, long candidateId, String caseCode, String municipalityCode, long slotId,
                           long hostId, String hostName, String taskTitle, WorkKind workKind, int travelMinutes,
                           TravelMode travelledBy, boolean pinned, boolean keptFromLastRound, String explanationJa,
                           @Schema(type = SchemaType.ARRAY, implementation = AlternativeOutcome.class,
                                   description = "Other slots the person may choose. A counter receives, instead of"
                                           + " each alternative's moves, othersMoving: how many other people's"
                                           + " proposals taking it would change.")
                           JsonArray alternatives, ProposalState state, String stateJa, long version,
                           DeclineReason declineReason, String declineNote, LocalDate consentDate,
                           Set<SharedItem> sharedItems, String firstDayNeeds, HostDeclineReason hostDeclineReason,
                           String hostNote, LocalDate firstDay) {

    /**
     * Cheap, and consistent with the record's equals (equal records have equal ids). The JSON binding
     * hashes every object it writes, twice, to detect cycles; a record's own hash walks all its
     * components and their lists, so a page of proposals was hashed over and over, level by level.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /**
     * The proposal for its reader: {@code othersNamed} for the coordinator, who reviews the whole round;
     * a counter learns only how many other people an alternative would move, never whose proposals
     * they are or why their slots suit them (those people may be another municipality's).
     */
    public static ProposalView of(ProposalRecord p, String caseCode, String hostName, String taskTitle,
                                  WorkKind workKind, boolean othersNamed) {
        JsonArray alternatives = alternatives(p.getAlternativesJson());
        return new ProposalView(p.getId(), p.getRoundId(), p.getCandidateId(), caseCode, p.getMunicipalityCode(),
                p.getSlotId(), p.getHostId(), hostName, taskTitle, workKind, p.getTravelMinutes(), p.getTravelledBy(),
                p.isPinned(), p.isKeptFromLastRound(), p.getExplanationJa(),
                othersNamed ? alternatives : withoutOthers(alternatives),
                p.getState(), p.getState().labelJa(), p.getVersion(), p.getDeclineReason(), p.getDeclineNote(),
                p.getConsentDate(), p.getSharedItems(), p.getFirstDayNeeds(), p.getHostDeclineReason(), p.getHostNote(),
                p.getFirstDay());
    }

    /**
     * The alternatives with each one's {@code moves} replaced by {@code othersMoving}, their count:
     * enough to tell that taking it changes other people's proposals, nothing about those people.
     */
    static JsonArray withoutOthers(JsonArray alternatives) {
        JsonArrayBuilder redacted = JsonP.PROVIDER.createArrayBuilder();
        for (JsonValue alternative : alternatives) {
            JsonObject object = alternative.asJsonObject();
            JsonArray moves = object.getJsonArray("moves");
            redacted.add(JsonP.PROVIDER.createObjectBuilder(object).remove("moves")
                    .add("othersMoving", moves == null ? 0 : moves.size()));
        }
        return redacted.build();
    }

    /**
     * The stored alternatives as the binding would write them: those stored before {@code weekdays}
     * and {@code moves} existed get the empty lists that binding them gave.
     */
    static JsonArray alternatives(String stored) {
        if (stored == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        JsonArray alternatives;
        try (var reader = JsonP.PROVIDER.createReader(new StringReader(stored))) {
            alternatives = reader.readArray();
        }
        if (alternatives.stream().allMatch(a -> a.asJsonObject().containsKey("weekdays")
                && a.asJsonObject().containsKey("moves"))) {
            return alternatives;
        }
        JsonArrayBuilder completed = JsonP.PROVIDER.createArrayBuilder();
        for (JsonValue alternative : alternatives) {
            JsonObjectBuilder object = JsonP.PROVIDER.createObjectBuilder(alternative.asJsonObject());
            for (String list : new String[] {"weekdays", "moves"}) {
                if (!alternative.asJsonObject().containsKey(list)) {
                    object.add(list, JsonValue.EMPTY_JSON_ARRAY);
                }
            }
            completed.add(object);
        }
        return completed.build();
    }
}
