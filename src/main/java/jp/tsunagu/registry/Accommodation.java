package jp.tsunagu.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of a prefecture's accommodation catalogue (配慮), e.g. {@code quiet_place} 静かな環境. */
@Entity
@Table(name = "accommodation")
public class Accommodation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    private String code;
    @Column(name = "label_ja")
    private String labelJa;

    protected Accommodation() {
    }

    public Accommodation(String prefectureCode, String code, String labelJa) {
        this.prefectureCode = prefectureCode;
        this.code = code;
        this.labelJa = labelJa;
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getCode() {
        return code;
    }

    public String getLabelJa() {
        return labelJa;
    }
}
