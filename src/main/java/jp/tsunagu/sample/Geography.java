package jp.tsunagu.sample;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.matching.problem.MunicipalityFact;

/** Straight-line distances between municipality offices, to find the neighbours a host's pick-up reaches. */
final class Geography {

    private Geography() {
    }

    static double distanceKm(MunicipalityFact a, MunicipalityFact b) {
        return a.distanceKm(b);
    }

    /** The municipality itself and every other whose office lies within {@code radiusKm}, in list order. */
    static List<MunicipalityFact> within(MunicipalityFact centre, List<MunicipalityFact> all, double radiusKm) {
        List<MunicipalityFact> near = new ArrayList<>();
        for (MunicipalityFact other : all) {
            if (other.code().equals(centre.code()) || distanceKm(centre, other) <= radiusKm) {
                near.add(other);
            }
        }
        return near;
    }
}
