package jp.tsunagu.sample;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.matching.problem.MunicipalityFact;

/** Straight-line distances between municipality offices, to find the neighbours a host's pick-up reaches. */
final class Geography {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private Geography() {
    }

    static double distanceKm(MunicipalityFact a, MunicipalityFact b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
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
