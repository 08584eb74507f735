package jp.tsunagu.platform.persistence;

import jakarta.persistence.Converter;

/** A set of {@code DayOfWeek} as one comma-separated column. */
@Converter
public class DayOfWeekSetConverter extends DelimitedSetConverter<java.time.DayOfWeek> {

    public DayOfWeekSetConverter() {
        super(java.time.DayOfWeek::valueOf, java.time.DayOfWeek::name);
    }
}
