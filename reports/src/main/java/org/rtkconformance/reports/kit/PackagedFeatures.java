package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The feature files and the statement catalog the kit carries (the features module's resources), copied
 * out to a folder when a command needs them as files and the user named none.
 */
final class PackagedFeatures {

    /** The package the features sit in, on the class path and for the Cucumber engine. */
    static final String PACKAGE = "org.rtkconformance.features";
    private static final String FOLDER = PACKAGE.replace('.', '/');

    private PackagedFeatures() {
    }

    /** The bytes of the catalog the kit carries, when it carries one. */
    static Optional<byte[]> catalogBytes() {
        try (java.io.InputStream in = PackagedFeatures.class.getClassLoader().getResourceAsStream(FOLDER + "/catalog.yaml")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code given}, or the packaged catalog copied into {@code scratch}. */
    static Path catalog(Optional<Path> given, Path scratch) {
        return given.orElseGet(() -> extract(scratch).resolve("catalog.yaml"));
    }

    /** {@code given}, or the packaged feature files copied into {@code scratch}. */
    static Path features(Optional<Path> given, Path scratch) {
        return given.orElseGet(() -> extract(scratch));
    }

    /** Copies every packaged feature file and the catalog into {@code target}; returns it. */
    static Path extract(Path target) {
        URL catalog = PackagedFeatures.class.getClassLoader().getResource(FOLDER + "/catalog.yaml");
        if (catalog == null) {
            throw new IllegalStateException("the kit carries no " + FOLDER + "/catalog.yaml; it was built without the features module");
        }
        try {
            URI uri = catalog.toURI();
            if ("jar".equals(uri.getScheme())) {
                // Closed at once: Cucumber opens the same jar as a file system to find the features, and fails
                // to find any when one is already open.
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath("/" + FOLDER), target);
                } catch (FileSystemAlreadyExistsException e) {
                    copy(FileSystems.getFileSystem(uri).getPath("/" + FOLDER), target);
                }
            } else {
                copy(Path.of(uri).getParent(), target);
            }
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new ReportInputException(target, "cannot copy the kit's feature files here: " + e.getMessage(), e);
        }
    }

    private static void copy(Path folder, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".feature") || p.toString().endsWith(".yaml")).toList();
        }
        for (Path file : files) {
            Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
