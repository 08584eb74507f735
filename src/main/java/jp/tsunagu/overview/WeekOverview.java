package jp.tsunagu.overview;

import java.math.BigDecimal;
import java.util.List;

/**
 * The prefecture's week in figures.
 *
 * @param roundId         the round whose outcome {@code placed} and {@code unplaced} count: the one
 *                        asked for, else the latest saved round; null before any round was saved
 * @param waiting         people the next round places: active, with consent to matching, holding no
 *                        slot; the same number as a round's {@code candidates} when nothing changes between
 * @param holdingSlot      people of the pool who hold a slot and continue where they are: a running
 *                        placement (not looking for its next stage) or a proposal accepted and waiting
 *                        for the host (実習中・受入先の回答待ち)
 * @param openSlots       open trial slots whose period has not ended
 * @param openPlaces      the places those slots offer (their capacities added up)
 * @param draftProposals  proposals saved by a round and not yet published (下書き)
 * @param awaitingCounter published proposals the counters have not decided on (窓口の判断待ち)
 * @param awaitingHost    proposals accepted with consent that the host has not answered (受入先の回答待ち)
 * @param municipalities  every municipality of the prefecture, in JIS code order
 */
public record WeekOverview(Long roundId, long waiting, long holdingSlot, long openSlots, long openPlaces, long draftProposals,
                           long awaitingCounter, long awaitingHost, List<MunicipalityFigures> municipalities) {

    /**
     * One municipality's figures, with its position for the map.
     *
     * @param hosts    host organisations registered in the municipality
     * @param placed   people of the municipality with a live proposal in the round
     * @param unplaced people of the municipality the round left unplaced
     */
    public record MunicipalityFigures(String code, String name, String wideArea, BigDecimal latitude,
                                      BigDecimal longitude, long waiting, long hosts, long openSlots, long placed,
                                      long unplaced) {
    }
}
