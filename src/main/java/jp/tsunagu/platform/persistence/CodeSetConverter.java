package jp.tsunagu.platform.persistence;

import jakarta.persistence.Converter;

/** A set of {@code String} as one comma-separated column. */
@Converter
public class CodeSetConverter extends DelimitedSetConverter<String> {

    public CodeSetConverter() {
        super(s -> s, s -> s);
    }
}
