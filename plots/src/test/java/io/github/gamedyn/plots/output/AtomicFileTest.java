package io.github.gamedyn.plots.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output path: whole or nothing, plain reasons, no temporary files left (M2, M11, L5). */
class AtomicFileTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedBodyLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x.csv");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[] {1, 2, 3});
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + target + ": no space left on device", e.getMessage());
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("the run failed");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("x.csv"), names(dir));
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("x.csv"), names(dir));
    }

    /** L5: the temporary name does not grow with the target's, so 255-byte names work. */
    @Test
    void theLongestNameTheFileSystemAllowsCanBeWritten(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("x".repeat(251) + ".csv");
        AtomicFile.requireWritable(target);
        AtomicFile.write(target, out -> out.write(7));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
    }

    /** M2: why, in plain words, before anything is computed. */
    @Test
    void reasonsAreInPlainWords(@TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("afile"));
        Files.createDirectory(dir.resolve("adir"));
        assertEquals("cannot write " + dir + "/adir: " + dir + "/adir is a directory",
                reason(dir.resolve("adir")));
        assertEquals("cannot write " + dir + "/no/x.csv: folder " + dir + "/no does not exist",
                reason(dir.resolve("no/x.csv")));
        assertEquals("cannot write " + dir + "/afile/x.csv: " + dir + "/afile is not a directory",
                reason(dir.resolve("afile/x.csv")));
        assertEquals("cannot write " + dir + "/afile/a/b.csv: " + dir + "/afile is not a "
                + "directory", reason(dir.resolve("afile/a/b.csv")));
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.requireWritableFolder(dir.resolve("afile")));
        assertEquals("cannot write into " + dir + "/afile: " + dir + "/afile is not a directory",
                e.getMessage());
        Path nested = dir.resolve("figs/quick");
        AtomicFile.requireWritableFolder(nested);
        assertTrue(Files.isDirectory(nested));
        assertEquals(List.of(), names(nested));
    }

    @Test
    void relativeTargetsAreShownRelative() {
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.requireWritable(Path.of("no-such-folder-here/x.csv")));
        assertEquals("cannot write no-such-folder-here/x.csv: folder no-such-folder-here does "
                + "not exist", e.getMessage());
    }

    private static String reason(Path target) {
        return assertThrows(IOException.class, () -> AtomicFile.requireWritable(target))
                .getMessage();
    }

    /**
     * M11: after kill -9 the recognisable temporary file stays; the next write into the folder
     * deletes it once its process is gone and it is old, and leaves a live writer's alone.
     */
    @Test
    void staleTemporaryFilesAreSwept(@TempDir Path dir) throws IOException {
        // beyond Linux's largest pid (2^22), so no process can have it
        Path dead = Files.createFile(dir.resolve(".gamedyn-2147483647-123.tmp"));
        Path deadButFresh = Files.createFile(dir.resolve(".gamedyn-2147483646-456.tmp"));
        Path alive = Files.createFile(dir.resolve(".gamedyn-" + ProcessHandle.current().pid()
                + "-789.tmp"));
        Path foreign = Files.createFile(dir.resolve(".other.tmp"));
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        for (Path p : List.of(dead, alive, foreign)) {
            Files.setLastModifiedTime(p, old);
        }
        assertTrue(AtomicFile.stale(dead, Instant.now()));
        assertFalse(AtomicFile.stale(deadButFresh, Instant.now()));
        assertFalse(AtomicFile.stale(alive, Instant.now()));
        AtomicFile.write(dir.resolve("out.csv"), out -> out.write(1));
        assertEquals(java.util.Set.of(alive.getFileName().toString(), ".gamedyn-2147483646-456.tmp",
                ".other.tmp", "out.csv"), java.util.Set.copyOf(names(dir)));
    }
}
