package jp.tsunagu.registry.csv;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.tsunagu.platform.Problems;

/** A broken file: 400 with every broken row, by line number. */
@Provider
public class CsvImportProblemMapper implements ExceptionMapper<CsvImportException> {

    @Override
    public Response toResponse(CsvImportException e) {
        return Problems.response(Response.Status.BAD_REQUEST, "CSVに誤りがあります。何も取り込んでいません", detail(e), e.errors());
    }

    /** How many errors, in Japanese: the exception's own message is for the log. */
    static String detail(CsvImportException e) {
        // The clerk reads this sentence: the lines are counted as a spreadsheet shows them.
        return e.errors().size() + " 件の誤りがあります（見出しを1行目として数えた行番号）。"
                + "直してから、もう一度取り込んでください。";
    }
}
