package io.github.gamedyn.plots.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFilesTest {
    private static final FigureRunner.Progress SILENT = new FigureRunner.Progress() {
        @Override
        public void starting(Figure figure, int index, int total) {
        }

        @Override
        public void finished(Figure figure, int index, int total, Duration time) {
        }
    };

    @Test
    void writesEveryFileWholeAndTheIndex(@TempDir Path dir) throws IOException {
        FigureRunner.run(dir, List.of(new MomentumWeightsFigure()), true, SILENT);
        for (String name : FigureFiles.fileNames("cm-weights")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        BufferedImage png = ImageIO.read(dir.resolve("cm-weights.png").toFile());
        assertEquals(FigureFiles.PANEL_WIDTH, png.getWidth());
        assertEquals("svg", parseXml(dir.resolve("cm-weights.svg")).getDocumentElement()
                .getNodeName());
        assertTrue(Files.readString(dir.resolve("index.md")).contains("![cm-weights](cm-weights.png)"));
        assertTrue(Files.readString(dir.resolve("index.html")).contains("cm-weights.svg"));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    /** Parses without fetching the external DTD the SVG names. */
    static org.w3c.dom.Document parseXml(Path file) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f =
                    javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + file, e);
        }
    }

    /** The data of cm-weights is |β|ᵏcos(k·arg β): check a few rows exactly. */
    @Test
    void momentumWeightsData() {
        String[] lines = new MomentumWeightsFigure().compute(false).data().toCsv().split("\n");
        assertEquals("arg_beta,k,weight", lines[0]);
        assertEquals("0,0.0,1.0", lines[1]);
        // arg β = π/2 is the third block of 41 rows; k = 2 gives 0.81·cos(π) = −0.81
        String[] row = lines[1 + 3 * 41 + 2].split(",");
        assertEquals("π/2", row[0]);
        assertEquals(-0.81, Double.parseDouble(row[2]), 1e-15);
    }

    @Test
    void sameCommandSameCsv(@TempDir Path a, @TempDir Path b) throws IOException {
        FigureRunner.run(a, List.of(new MomentumWeightsFigure()), false, SILENT);
        FigureRunner.run(b, List.of(new MomentumWeightsFigure()), false, SILENT);
        assertArrayEquals(Files.readAllBytes(a.resolve("cm-weights.csv")),
                Files.readAllBytes(b.resolve("cm-weights.csv")));
    }

    @Test
    void failedWriteLeavesNoPartialFile(@TempDir Path dir) {
        Path target = dir.resolve("x.csv");
        assertThrows(IOException.class, () -> io.github.gamedyn.plots.output.AtomicFile.write(target, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("disk full");
        }));
        assertTrue(Files.notExists(target));
    }

    /** Every figure is also a main class; its main writes the figure's files alone. */
    @Test
    void figureMainWritesOneFigure(@TempDir Path dir) throws IOException {
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        FigureMain.run(new MomentumWeightsFigure(), new String[] {dir.toString(), "--quick"},
                new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
        for (String name : FigureFiles.fileNames("cm-weights")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        assertTrue(log.toString(java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("cm-weights written to " + dir));
        for (Figure f : FigureCatalogue.all()) {
            assertTrue(java.lang.reflect.Modifier.isStatic(assertDoesNotThrow(
                    () -> f.getClass().getMethod("main", String[].class)).getModifiers()),
                    f.id() + " has a main method");
        }
    }

    @Test
    void unknownFigureIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureCatalogue.select(List.of("cm-nope")));
        assertTrue(e.getMessage().startsWith("unknown figure 'cm-nope'; known figures: ")
                && e.getMessage().contains("cm-weights"), e.getMessage());
    }

    @Test
    void decadeLabelsArePlain() {
        Charts.DecadeFormat f = new Charts.DecadeFormat();
        assertEquals("0.001", f.format(1e-3));
        assertEquals("1", f.format(1.0));
        assertEquals("1000", f.format(1e3));
        assertEquals("1e-6", f.format(1e-6));
        assertEquals("1e9", f.format(1e9));
    }
}
