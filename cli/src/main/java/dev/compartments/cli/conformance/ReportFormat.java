package dev.compartments.cli.conformance;

import com.google.common.html.HtmlEscapers;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** The ways a {@link Report} is written: aligned text, Markdown, JSON and a self-contained HTML page. */
public enum ReportFormat {
  /** Aligned plain text; a failing cell shows {@code expected!=observed}. */
  TEXT {
    @Override
    public String render(Report report) {
      StringBuilder out = new StringBuilder();
      for (Table table : report.tables()) {
        out.append(table.title()).append('\n');
        List<List<String>> grid = grid(table, (cell) -> cell.passed() ? cell.observed() : cell.expected() + "!=" + cell.observed());
        int[] widths = new int[table.columns().size() + 1];
        for (List<String> line : grid) {
          for (int i = 0; i < line.size(); i++) {
            widths[i] = Math.max(widths[i], line.get(i).length());
          }
        }
        for (List<String> line : grid) {
          StringBuilder row = new StringBuilder();
          for (int i = 0; i < line.size(); i++) {
            row.append(String.format("%-" + widths[i] + "s", line.get(i))).append(i + 1 < line.size() ? "  " : "");
          }
          out.append(row.toString().stripTrailing()).append('\n');
        }
        for (String line : table.legend()) {
          out.append("  ").append(line).append('\n');
        }
        out.append(summary(table)).append("\n\n");
      }
      appendNotBuilt(report, out, "");
      out.append(total(report)).append('\n');
      return out.toString();
    }
  },
  /** GitHub-flavoured Markdown tables; a failing cell is bold with both outcomes. */
  MD {
    @Override
    public String render(Report report) {
      StringBuilder out = new StringBuilder("# Conformance\n\n");
      for (Table table : report.tables()) {
        out.append("## ").append(table.title()).append("\n\n");
        List<List<String>> grid = grid(table, (cell) -> cell.passed() ? cell.observed() : "**expected " + cell.expected() + ", observed " + cell.observed() + "**");
        for (int r = 0; r < grid.size(); r++) {
          out.append("| ").append(String.join(" | ", grid.get(r))).append(" |\n");
          if (r == 0) {
            out.append("|").append("---|".repeat(grid.get(0).size())).append('\n');
          }
        }
        out.append('\n');
        for (String line : table.legend()) {
          out.append("- ").append(line).append('\n');
        }
        out.append('\n').append(summary(table)).append("\n\n");
      }
      appendNotBuilt(report, out, "- ");
      out.append(total(report)).append('\n');
      return out.toString();
    }
  },
  /** One JSON object: {@code tables} (each with its cells' expected and observed) and {@code notBuiltYet}. */
  JSON {
    @Override
    public String render(Report report) {
      JsonObject root = new JsonObject();
      JsonArray tables = new JsonArray();
      for (Table table : report.tables()) {
        JsonObject t = new JsonObject();
        t.addProperty("title", table.title());
        t.add("rows", strings(table.rows()));
        t.add("columns", strings(table.columns()));
        JsonArray cells = new JsonArray();
        for (int r = 0; r < table.rows().size(); r++) {
          for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = table.cells().get(r).get(c);
            JsonObject o = new JsonObject();
            o.addProperty("row", table.rows().get(r));
            o.addProperty("column", table.columns().get(c));
            o.addProperty("expected", cell.expected());
            o.addProperty("observed", cell.observed());
            o.addProperty("passed", cell.passed());
            cells.add(o);
          }
        }
        t.add("cells", cells);
        t.add("legend", strings(table.legend()));
        t.addProperty("failures", table.failures());
        tables.add(t);
      }
      root.add("tables", tables);
      root.add("notBuiltYet", strings(report.notBuiltYet()));
      root.addProperty("cells", report.cells());
      root.addProperty("failures", report.failures());
      return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
  },
  /** A self-contained HTML page: each table as a colour-coded grid, expected beside observed. */
  HTML {
    @Override
    public String render(Report report) {
      StringBuilder out = new StringBuilder();
      out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
          .append("<title>Compartments conformance</title><style>")
          .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
          .append("table{border-collapse:collapse;margin:1em 0}")
          .append("th,td{border:1px solid #bbb;padding:.35em .6em;text-align:center}")
          .append("th{background:#eee}td.pass{background:#d9f2d9}td.fail{background:#f7c6c6;font-weight:bold}")
          .append("td .exp{display:block;font-size:.75em;color:#555}.summary{font-weight:bold}")
          .append(".ok{color:#1a7f1a}.bad{color:#b00000}</style></head><body>\n")
          .append("<h1>Compartments conformance</h1>\n")
          .append("<p class=\"summary ")
          .append(report.failures() == 0 ? "ok" : "bad")
          .append("\">")
          .append(escape(total(report)))
          .append("</p>\n");
      for (Table table : report.tables()) {
        out.append("<h2>").append(escape(table.title())).append("</h2>\n<table><tr><th>")
            .append(escape(table.corner())).append("</th>");
        for (String column : table.columns()) {
          out.append("<th>").append(escape(column)).append("</th>");
        }
        out.append("</tr>\n");
        for (int r = 0; r < table.rows().size(); r++) {
          out.append("<tr><th>").append(escape(table.rows().get(r))).append("</th>");
          for (Cell cell : table.cells().get(r)) {
            out.append("<td class=\"").append(cell.passed() ? "pass" : "fail").append("\" title=\"expected ")
                .append(escape(cell.expected())).append(", observed ").append(escape(cell.observed()))
                .append("\">").append(escape(cell.observed()));
            if (!cell.passed()) {
              out.append("<span class=\"exp\">expected ").append(escape(cell.expected())).append("</span>");
            }
            out.append("</td>");
          }
          out.append("</tr>\n");
        }
        out.append("</table>\n<ul>");
        for (String line : table.legend()) {
          out.append("<li>").append(escape(line)).append("</li>");
        }
        out.append("</ul>\n<p>").append(escape(summary(table))).append("</p>\n");
      }
      if (!report.notBuiltYet().isEmpty()) {
        out.append("<h2>Not built yet</h2>\n<ul>");
        for (String line : report.notBuiltYet()) {
          out.append("<li>").append(escape(line)).append("</li>");
        }
        out.append("</ul>\n");
      }
      return out.append("</body></html>\n").toString();
    }
  };

  /** Writes {@code report} in this format. */
  public abstract String render(Report report);

  private static List<List<String>> grid(Table table, java.util.function.Function<Cell, String> show) {
    List<List<String>> grid = new java.util.ArrayList<>();
    List<String> header = new java.util.ArrayList<>();
    header.add(table.corner());
    header.addAll(table.columns());
    grid.add(header);
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> line = new java.util.ArrayList<>();
      line.add(table.rows().get(r));
      table.cells().get(r).forEach(cell -> line.add(show.apply(cell)));
      grid.add(line);
    }
    return grid;
  }

  private static String summary(Table table) {
    return table.size() - table.failures() + " of " + table.size() + " cells as expected";
  }

  private static String total(Report report) {
    return report.cells() - report.failures() + " passed, " + report.failures() + " failed";
  }

  private static void appendNotBuilt(Report report, StringBuilder out, String bullet) {
    if (report.notBuiltYet().isEmpty()) {
      return;
    }
    out.append("Not built yet:\n");
    for (String line : report.notBuiltYet()) {
      out.append(bullet.isEmpty() ? "  " : bullet).append(line).append('\n');
    }
    out.append('\n');
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
