package org.rtkconformance.reports.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for files a command copies out of the kit, removed when the command ends. */
final class ScratchFolder implements AutoCloseable {

    private final Path path;

    ScratchFolder() {
        try {
            path = Files.createTempDirectory("rtk-kit-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left in the system's temporary folder; nothing depends on its removal.
        }
    }
}
