package org.ocppbridge.simulator.conformance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ocppbridge.simulator.Frame;

/**
 * Writes a run as one self-contained HTML file (inline style, no script, no outside link), readable offline:
 * the summary, one row per case with its rule on failure, and every case's frames in a fold-out.
 */
public final class HtmlReport {

    private static final String STYLE = "body{font:14px system-ui,sans-serif;margin:2em;color:#1d2733}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d8dee6;padding:4px 8px;"
            + "text-align:left;vertical-align:top}.PASS{color:#176a2e;font-weight:600}.FAIL{color:#b3261e;"
            + "font-weight:600}pre{white-space:pre-wrap;word-break:break-all;margin:0;font-size:12px}"
            + "details{margin:.3em 0}.dir{white-space:nowrap;color:#54606e}";

    private HtmlReport() {}

    public static void write(Path file, List<CaseResult> results, String station, Instant at) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long passed = results.stream().filter(CaseResult::passed).count();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance report</title>"
                    + "<style>" + STYLE + "</style></head><body>\n");
            out.write("<h1>OCPP 2.0.1 conformance report</h1>\n<p id=\"summary\">" + passed + " passed, "
                    + (results.size() - passed) + " failed &middot; station " + escape(station) + " &middot; "
                    + escape(at.toString()) + "</p>\n");
            out.write("<table><thead><tr><th>case</th><th>result</th><th>rule / reason</th><th>ms</th></tr></thead>"
                    + "<tbody>\n");
            for (CaseResult result : results) {
                String verdict = result.passed() ? "PASS" : "FAIL";
                out.write("<tr id=\"" + escape(result.caseId()) + "\"><td>" + escape(result.caseId())
                        + "</td><td class=\"" + verdict + "\">" + verdict + "</td><td>" + escape(result.reason())
                        + "</td><td>" + result.took().toMillis() + "</td></tr>\n");
            }
            out.write("</tbody></table>\n<h2>Frames</h2>\n");
            for (CaseResult result : results) {
                out.write("<details" + (result.passed() ? "" : " open") + "><summary>" + escape(result.caseId()) + " ("
                        + result.frames().size() + " frames)</summary><table>\n");
                for (Frame frame : result.frames()) {
                    out.write("<tr><td class=\"dir\">" + escape(frame.at().toString()) + "<br>"
                            + (frame.direction() == Frame.Direction.FROM_STATION
                                    ? "station &rarr; CSMS"
                                    : "CSMS &rarr; station")
                            + "</td><td><pre>" + escape(frame.text()) + "</pre></td></tr>\n");
                }
                out.write("</table></details>\n");
            }
            out.write("</body></html>\n");
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
