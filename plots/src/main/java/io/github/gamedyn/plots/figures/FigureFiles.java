package io.github.gamedyn.plots.figures;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import io.github.gamedyn.core.json.JsonWriter;
import io.github.gamedyn.plots.output.AtomicFile;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Writes a computed figure as {@code ID.png}, {@code ID.svg}, {@code ID.csv} and {@code ID.json}
 * (parameters), each through {@link AtomicFile}: a file is either whole or absent, never
 * half-written.
 */
final class FigureFiles {
    /** Size of one panel in pixels (PNG) or user units (SVG). */
    static final int PANEL_WIDTH = 640;
    static final int PANEL_HEIGHT = 480;

    private FigureFiles() {
    }

    /** The names of the files {@link #write} creates for a figure id. */
    public static List<String> fileNames(String id) {
        return List.of(id + ".png", id + ".svg", id + ".csv", id + ".json");
    }

    /**
     * Writes the four files into {@code dir} (created if missing).
     *
     * @throws IOException saying which file could not be written and why; files already moved
     *     into place stay whole
     */
    public static void write(Path dir, String id, FigureResult figure) throws IOException {
        AtomicFile.requireWritableFolder(dir);
        int rows = (figure.panels().size() + figure.columns() - 1) / figure.columns();
        int cols = Math.min(figure.columns(), figure.panels().size());
        int width = cols * PANEL_WIDTH;
        int height = rows * PANEL_HEIGHT;

        AtomicFile.write(dir.resolve(id + ".png"), out -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(g, figure, width, height);
            g.dispose();
            ImageIO.write(image, "png", out);
        });
        AtomicFile.write(dir.resolve(id + ".svg"), out -> {
            SVGGraphics2D g = new SVGGraphics2D(svgDocument());
            g.setSVGCanvasSize(new Dimension(width, height));
            draw(g, figure, width, height);
            try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                g.stream(w, true);
            }
        });
        byte[] csv = figure.data().toCsv().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(dir.resolve(id + ".csv"), out -> out.write(csv));
        byte[] json = parametersJson(id, figure.parameters()).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(dir.resolve(id + ".json"), out -> out.write(json));
    }

    private static void draw(Graphics2D g, FigureResult figure, int width, int height) {
        g.setPaint(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        List<JFreeChart> panels = figure.panels();
        for (int i = 0; i < panels.size(); i++) {
            int r = i / figure.columns();
            int c = i % figure.columns();
            panels.get(i).draw(g, new Rectangle(c * PANEL_WIDTH, r * PANEL_HEIGHT, PANEL_WIDTH,
                    PANEL_HEIGHT));
        }
    }

    private static Document svgDocument() throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML DOM implementation available for SVG output", e);
        }
    }

    /** The parameters as one flat JSON object of strings. */
    static String parametersJson(String id, Map<String, String> parameters) {
        JsonWriter json = new JsonWriter().beginObject().name("figure").value(id);
        parameters.forEach((k, v) -> json.name(k).value(v));
        return json.endObject() + "\n";
    }
}
