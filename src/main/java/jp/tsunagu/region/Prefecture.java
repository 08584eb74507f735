package jp.tsunagu.region;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A prefecture (都道府県): the body that runs one matching network for all its municipalities. */
@Entity
@Table(name = "prefecture")
public class Prefecture {

    @Id
    private String code;
    private String name;

    protected Prefecture() {
    }

    public Prefecture(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
