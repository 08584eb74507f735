package jp.tsunagu.platform.persistence;

import jakarta.persistence.Converter;

/** A set of {@code Programme} as one comma-separated column. */
@Converter
public class ProgrammeSetConverter extends DelimitedSetConverter<jp.tsunagu.candidate.Programme> {

    public ProgrammeSetConverter() {
        super(jp.tsunagu.candidate.Programme::valueOf, jp.tsunagu.candidate.Programme::name);
    }
}
