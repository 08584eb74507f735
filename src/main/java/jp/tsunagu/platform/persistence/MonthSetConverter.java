package jp.tsunagu.platform.persistence;

import jakarta.persistence.Converter;

/** A set of {@code Month} as one comma-separated column. */
@Converter
public class MonthSetConverter extends DelimitedSetConverter<java.time.Month> {

    public MonthSetConverter() {
        super(s -> java.time.Month.of(Integer.parseInt(s)), m -> String.valueOf(m.getValue()));
    }
}
