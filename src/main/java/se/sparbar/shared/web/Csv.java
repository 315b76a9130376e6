package se.sparbar.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** CSV downloads: UTF-8 with a byte-order mark (spreadsheets), semicolons, every cell quoted. */
public final class Csv {

    private Csv() {
    }

    /** Starts a download and returns the writer; the caller flushes it. */
    public static PrintWriter start(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
        out.print('\uFEFF');
        return out;
    }

    public static String row(Object... cells) {
        return Arrays.stream(cells).map(c -> cell(c == null ? null : c.toString())).collect(Collectors.joining(";"));
    }

    /** A cell: quoted, quotes doubled, and a leading formula character neutralised (CSV injection). */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.equals("-") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
