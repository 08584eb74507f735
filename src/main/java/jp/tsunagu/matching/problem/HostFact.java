package jp.tsunagu.matching.problem;

import java.util.Set;
import jp.tsunagu.registry.HostKind;

/**
 * A host organisation (受入事業所・農家・社会福祉法人).
 *
 * @param siteAccommodations accommodations the whole site offers, for every task
 * @param activelyAccepting  積極的に受け入れる方針
 * @param weeksWithoutTrial  weeks since the host last had anyone on a trial; a host that goes cold
 *                           for want of any trial drops out of the network
 */
public record HostFact(long id, String name, HostKind kind, String municipalityCode,
                       Set<String> siteAccommodations, boolean activelyAccepting, int weeksWithoutTrial) {

    public HostFact {
        siteAccommodations = Facts.set(siteAccommodations);
    }
}
