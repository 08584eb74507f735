package jp.tsunagu.matching.round;

/**
 * Where the last solve of a round spent its time, in milliseconds, as the instance that solved it
 * measured it. Saved with the round (all but the saving itself, which is added once its transaction
 * has committed), so that every instance reads the same figures.
 *
 * @param poolMillis         reading the pool, the registry and the holds from the database
 * @param assemblyMillis     building the solver's solution from the problem (journeys, value ranges)
 * @param seedMillis         the flow seed (0 when it did not run)
 * @param searchMillis       the construction and the local search after the seed
 * @param explanationsMillis the outcome: explanations, alternatives and unplaced reasons
 * @param networkValueMillis how long the round waited, after the search, for the municipalities
 *                           matched alone (the network's value), which are counted beside the search
 * @param savingMillis       the one transaction that saves the round: proposals, explanations,
 *                           alternatives, unplaced people and their reasons and gaps, the network
 *                           value; null while it runs
 */
public record RoundTimings(long poolMillis, long assemblyMillis, long seedMillis, long searchMillis,
                           long explanationsMillis, long networkValueMillis, Long savingMillis) {

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    String toJson() {
        return JSON.toJson(this);
    }

    static RoundTimings fromJson(String json) {
        return json == null ? null : JSON.fromJson(json, RoundTimings.class);
    }

    RoundTimings saved(long millis) {
        return new RoundTimings(poolMillis, assemblyMillis, seedMillis, searchMillis, explanationsMillis,
                networkValueMillis, millis);
    }
}
