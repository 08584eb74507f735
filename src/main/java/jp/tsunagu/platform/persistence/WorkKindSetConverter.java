package jp.tsunagu.platform.persistence;

import jakarta.persistence.Converter;

/** A set of {@code WorkKind} as one comma-separated column. */
@Converter
public class WorkKindSetConverter extends DelimitedSetConverter<jp.tsunagu.registry.WorkKind> {

    public WorkKindSetConverter() {
        super(jp.tsunagu.registry.WorkKind::valueOf, jp.tsunagu.registry.WorkKind::name);
    }
}
