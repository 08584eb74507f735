package jp.tsunagu.matching.problem;

import jp.tsunagu.region.Municipality;
import jp.tsunagu.region.MunicipalityKind;

/**
 * A municipality (市町村) as the solver needs it.
 *
 * @param code      6-digit JIS code (全国地方公共団体コード) with check digit, e.g. {@code "202011"}
 * @param wideArea  the prefecture's wide area (広域), e.g. {@code "松本"}
 * @param latitude  office (役所・役場) latitude, WGS84
 * @param longitude office longitude, WGS84
 */
public record MunicipalityFact(String code, String name, MunicipalityKind kind, String wideArea,
                               double latitude, double longitude) {

    /** The mean Earth radius (IUGG). */
    /** The municipality of the registry as the solver needs it. */
    public static MunicipalityFact of(Municipality m) {
        return new MunicipalityFact(m.getCode(), m.getName(), m.getKind(), m.getWideArea(),
                m.getLatitude().doubleValue(), m.getLongitude().doubleValue());
    }

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle (haversine) distance between the two offices, in kilometres. */
    public double distanceKm(MunicipalityFact other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
