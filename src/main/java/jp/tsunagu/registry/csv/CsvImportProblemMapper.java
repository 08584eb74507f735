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
        return e.errors().size() + " 件の誤りがあります（errors の line が行番号、見出しが 1 行目です）。"
                + "ファイルを直して、もう一度送ってください。";
    }
}
