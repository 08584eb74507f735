package jp.tsunagu.registry.csv;

import java.util.List;
import jp.tsunagu.platform.Problems;

/** A file with broken rows: nothing of it was stored. Carries every error found, by line. */
public class CsvImportException extends RuntimeException {

    private final transient List<Problems.FieldError> errors;

    public CsvImportException(List<Problems.FieldError> errors) {
        super(errors.size() + " rows could not be read; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
