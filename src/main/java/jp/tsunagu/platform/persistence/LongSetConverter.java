package jp.tsunagu.platform.persistence;

import jakarta.persistence.Converter;

/** A set of {@code Long} as one comma-separated column. */
@Converter
public class LongSetConverter extends DelimitedSetConverter<Long> {

    public LongSetConverter() {
        super(Long::valueOf, String::valueOf);
    }
}
