package org.ocppbridge.bench;

import java.io.PrintStream;
import java.util.List;

/** Prints the rows as a Markdown table, ready for the README. */
final class Table {

    private Table() {}

    static void print(List<Row> rows, PrintStream out) {
        out.println("| metric | bridge | baseline | ratio | target | met? |");
        out.println("|---|---|---|---|---|---|");
        for (Row row : rows) {
            String ratio = Double.isNaN(row.ratio()) ? "-" : String.format("%.2f×", row.ratio());
            out.printf(
                    "| %s | %s | %s | %s | %s | %s |%n",
                    row.metric(), row.bridge(), row.baseline(), ratio, row.target(), row.met());
        }
    }
}
