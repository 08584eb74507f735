package jp.tsunagu.registry.csv;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A broken file: 400 with every broken row, by line number. */
@Provider
public class CsvImportProblemMapper implements ExceptionMapper<CsvImportException> {

    @Override
    public Response toResponse(CsvImportException e) {
        return jp.tsunagu.platform.Problems.response(Response.Status.BAD_REQUEST,
                "CSVに誤りがあります。何も取り込んでいません",
                // The clerk reads this sentence: Japanese, and the lines counted as a spreadsheet shows them.
                "誤りが " + e.errors().size() + " 件あります（見出しを1行目として数えた行番号）。直してから、もう一度取り込んでください。",
                e.errors());
    }
}
