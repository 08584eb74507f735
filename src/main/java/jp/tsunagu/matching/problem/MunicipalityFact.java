package jp.tsunagu.matching.problem;

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
}
