package jp.tsunagu.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A municipality (市町村), identified by its JIS code (全国地方公共団体コード). Reference data. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    private String code;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    private String name;
    @Column(name = "name_kana")
    private String nameKana;
    @Enumerated(EnumType.STRING)
    private MunicipalityKind kind;
    private String district;
    @Column(name = "wide_area")
    private String wideArea;
    private BigDecimal latitude;
    private BigDecimal longitude;

    protected Municipality() {
    }

    public Municipality(String code, String prefectureCode, String name, String nameKana, MunicipalityKind kind,
                        String district, String wideArea, BigDecimal latitude, BigDecimal longitude) {
        this.code = code;
        this.prefectureCode = prefectureCode;
        this.name = name;
        this.nameKana = nameKana;
        this.kind = kind;
        this.district = district;
        this.wideArea = wideArea;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getCode() {
        return code;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getName() {
        return name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public MunicipalityKind getKind() {
        return kind;
    }

    public String getDistrict() {
        return district;
    }

    public String getWideArea() {
        return wideArea;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }
}
