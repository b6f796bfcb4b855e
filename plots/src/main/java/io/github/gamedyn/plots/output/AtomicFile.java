package io.github.gamedyn.plots.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way gamedyn writes a file: whole or not at all. The bytes are streamed into a temporary
 * file in the target's folder, which is then moved over the target in one step, so that a reader
 * sees the old file or the new one, never half of one.
 *
 * <p>The temporary file never outlives its writer when it can help it: it is deleted when the
 * write fails, and by a shutdown hook when the process is interrupted (Ctrl-C, {@code kill}).
 * After {@code kill -9} it stays behind; its name, {@code .gamedyn-PID-NNN.tmp}, is recognisable
 * and does not grow with the target's (so any name the file system allows can be written), and
 * the first write of a later process into that folder deletes it once its process is gone and it
 * is {@value #STALE_MINUTES} minutes old.
 *
 * <p>Failures are {@link IOException}s whose message says in plain words which file could not be
 * written and why: "folder … does not exist", "… is a directory", "permission denied".
 */
public final class AtomicFile {
    static final String PREFIX = ".gamedyn-";
    static final String SUFFIX = ".tmp";
    static final int STALE_MINUTES = 10;

    /** Temporary files being written now, deleted by the shutdown hook. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Folders swept of stale temporary files in this process. */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(AtomicFile::delete),
                "gamedyn-temporary-files"));
    }

    private AtomicFile() {
    }

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface Body {
        /** Writes into {@code out} (buffered; closed by the caller). */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through {@code body}: the new content replaces the old only when the
     * body completed. If the body throws, the target is left as it was and the exception
     * propagates (an {@link IOException} reworded in plain words).
     *
     * @throws IOException saying which file and why
     */
    public static void write(Path target, Body body) throws IOException {
        Path file = target.toAbsolutePath();
        Path tmp = temporary(target, file.getParent());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                body.write(out);
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure(target, e);
        } catch (UncheckedIOException e) {
            // a body streaming through a Consumer can only throw unchecked
            throw failure(target, e.getCause());
        } finally {
            delete(tmp);
            LIVE.remove(tmp);
        }
    }

    /**
     * Checks, before any work, that {@code target} can be written: it is not a directory, its
     * folder exists, and a file can be created there.
     *
     * @throws IOException saying why not, in plain words
     */
    public static void requireWritable(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + target + ": " + target + " is a directory");
        }
        Path tmp = temporary(target, file.getParent());
        delete(tmp);
        LIVE.remove(tmp);
    }

    /**
     * Checks, before any work, that files can be written into {@code folder}, creating it (and
     * its parents) if it does not exist.
     *
     * @throws IOException saying why not, in plain words
     */
    public static void requireWritableFolder(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("cannot write into " + folder + ": " + folder + " is not a "
                    + "directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create folder " + folder + ": " + reason(folder, e), e);
        }
        Path tmp;
        try {
            tmp = createTemporary(dir);
        } catch (IOException e) {
            throw new IOException("cannot write into " + folder + ": "
                    + reason(folder.resolve("x"), e), e);
        }
        delete(tmp);
        LIVE.remove(tmp);
    }

    /** A temporary file in {@code dir} for writing {@code target}, registered for deletion. */
    private static Path temporary(Path target, Path dir) throws IOException {
        try {
            return createTemporary(dir);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    private static Path createTemporary(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            sweep(dir);
        }
        Path tmp = Files.createTempFile(dir, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
        LIVE.add(tmp);
        return tmp;
    }

    /** Deletes the stale temporary files of {@code dir}, once per folder and process. */
    private static void sweep(Path dir) {
        if (!SWEPT.add(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : files) {
                try {
                    if (stale(p, Instant.now())) {
                        delete(p);
                    }
                } catch (IOException e) {
                    // gone already, or unreadable: not ours to worry about
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // sweeping is a courtesy: a folder that cannot be listed can still be written
        }
    }

    /** Whether {@code p} is a temporary file of a process that is gone, old enough to be sure. */
    static boolean stale(Path p, Instant now) throws IOException {
        String name = p.getFileName().toString();
        int dash = name.indexOf('-', PREFIX.length());
        if (dash < 0) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(name.substring(PREFIX.length(), dash));
        } catch (NumberFormatException e) {
            return false;
        }
        FileTime modified = Files.getLastModifiedTime(p);
        boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return !running && Duration.between(modified.toInstant(), now).toMinutes() >= STALE_MINUTES;
    }

    /** {@code p} relative to the working directory if the user's {@code target} was relative. */
    private static Path shown(Path p, Path target) {
        if (target.isAbsolute()) {
            return p;
        }
        Path relative = Path.of("").toAbsolutePath().relativize(p);
        return relative.toString().isEmpty() ? Path.of(".") : relative;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more can be done; a stale file is swept by a later write
        }
    }

    /** Temporary files are private to the user; outputs are meant to be shared. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system's default permissions apply
        }
    }

    private static IOException failure(Path target, IOException e) {
        return new IOException("cannot write " + target + ": " + reason(target, e), e);
    }

    /**
     * Why writing {@code target} failed, in plain words: read from the file system's state where
     * it tells (the exception of a failed temporary file names that file, not the target), else
     * the operating system's own reason. Paths are shown as the user gave them: relative to the
     * working directory when {@code target} is.
     */
    static String reason(Path target, IOException e) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            return shown(file, target) + " is a directory";
        }
        if (dir != null) {
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                return shown(existing, target) + " is not a directory";
            }
            if (existing != dir) {
                return "folder " + shown(dir, target) + " does not exist";
            }
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "folder " + shown(dir, target) + " does not accept new files";
        }
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return why == null || why.isBlank() ? "input/output error"
                : why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
    }
}
