package io.github.gamedyn.plots.figures;

import io.github.gamedyn.plots.output.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The generated index of a figures folder: {@code index.md} and a static {@code index.html}. */
final class FigureIndex {

    /** One written figure, its caption and parameters. */
    record Entry(Figure figure, String caption, Map<String, String> parameters) {
    }

    private FigureIndex() {
    }

    static void write(Path dir, List<Entry> entries, boolean quick) throws IOException {
        StringBuilder md = new StringBuilder("# gamedyn figures\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>gamedyn figures</title><style>body{font-family:"
                + "sans-serif;max-width:1300px;margin:2em auto;padding:0 1em}img{max-width:100%;"
                + "border:1px solid #ddd}figure{margin:2em 0}code{background:#f4f4f4}</style>"
                + "</head><body>\n<h1>gamedyn figures</h1>\n");
        if (quick) {
            md.append("Quick (reduced) versions, made with `--quick`.\n\n");
            html.append("<p>Quick (reduced) versions, made with <code>--quick</code>.</p>\n");
        }
        for (Entry e : entries) {
            Figure f = e.figure();
            md.append("## ").append(f.id()).append(": ").append(f.title()).append("\n\n")
                    .append("![").append(f.id()).append("](").append(f.id()).append(".png)\n\n")
                    .append(e.caption()).append("\n\n")
                    .append("Files: [PNG](").append(f.id()).append(".png), [SVG](").append(f.id())
                    .append(".svg), [CSV data](").append(f.id()).append(".csv), [parameters](")
                    .append(f.id()).append(".json)\n\n");
            e.parameters().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v)
                    .append('\n'));
            md.append('\n');
            html.append("<figure id=\"").append(f.id()).append("\"><h2>").append(escape(f.id()))
                    .append(": ").append(escape(f.title())).append("</h2><img src=\"").append(f.id())
                    .append(".png\" alt=\"").append(escape(f.title())).append("\"><figcaption><p>")
                    .append(escape(e.caption())).append("</p><p><a href=\"").append(f.id())
                    .append(".svg\">SVG</a> · <a href=\"").append(f.id())
                    .append(".csv\">CSV data</a> · <a href=\"").append(f.id())
                    .append(".json\">parameters</a></p><ul>");
            e.parameters().forEach((k, v) -> html.append("<li>").append(escape(k)).append(": ")
                    .append(escape(v)).append("</li>"));
            html.append("</ul></figcaption></figure>\n");
        }
        html.append("</body></html>\n");
        byte[] mdBytes = md.toString().getBytes(StandardCharsets.UTF_8);
        byte[] htmlBytes = html.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(dir.resolve("index.md"), out -> out.write(mdBytes));
        AtomicFile.write(dir.resolve("index.html"), out -> out.write(htmlBytes));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
