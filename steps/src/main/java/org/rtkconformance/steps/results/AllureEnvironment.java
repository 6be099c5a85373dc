package org.rtkconformance.steps.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import org.rtkconformance.adapter.api.BackendManifest;

/** Writes Allure's {@code environment.properties}: the kit, the backend and its readings, the JDK and the OS. */
final class AllureEnvironment {

    private AllureEnvironment() {
    }

    static void write(Path allureResults, String kitVersion, Optional<BackendManifest> manifest) {
        Properties environment = new Properties();
        environment.setProperty("kit.version", kitVersion);
        manifest.ifPresent(m -> {
            environment.setProperty("backend.id", m.id());
            environment.setProperty("backend.vendor", m.vendor());
            environment.setProperty("backend.version", m.version());
            environment.setProperty("backend.apiVersion", m.apiVersion().name());
            environment.setProperty("backend.readings", m.readings().values().stream().map(Object::toString)
                    .sorted((a, b) -> ResultsFile.byAmbiguityNumber(a.substring(0, a.indexOf('.')),
                            b.substring(0, b.indexOf('.'))))
                    .collect(Collectors.joining(", ")));
        });
        environment.setProperty("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        environment.setProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        Path file = allureResults.resolve("environment.properties");
        try {
            Files.createDirectories(allureResults);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                environment.store(out, "rtk-conformance run environment");
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write " + file.toAbsolutePath() + ": " + failure.getMessage(), failure);
        }
    }
}
