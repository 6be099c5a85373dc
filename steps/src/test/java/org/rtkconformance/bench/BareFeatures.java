package org.rtkconformance.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;

/**
 * The bare twin of the kit's features: one scenario per pickle of the suite, each with as many steps as
 * its pickle, every step a no-op. Written to a folder, one feature per kit feature.
 */
final class BareFeatures {

    private static final String CATALOG = "org/rtkconformance/features/catalog.yaml";

    private BareFeatures() {
    }

    /** Writes the twins into {@code directory}; returns the number of scenarios written. */
    static int write(Path directory) throws IOException {
        Files.createDirectories(directory);
        int scenarios = 0;
        for (Map.Entry<String, String> feature : kitFeatures().entrySet()) {
            List<Pickle> pickles = pickles(feature.getKey(), feature.getValue());
            StringBuilder twin = new StringBuilder("Feature: bare twin of ").append(feature.getKey()).append("\n\n");
            for (Pickle pickle : pickles) {
                twin.append("  Scenario: bare ").append(++scenarios).append('\n');
                for (int step = 1; step <= pickle.getSteps().size(); step++) {
                    twin.append("    Given no-op step ").append(step).append('\n');
                }
                twin.append('\n');
            }
            Files.writeString(directory.resolve(feature.getKey()), twin.toString(), StandardCharsets.UTF_8);
        }
        return scenarios;
    }

    private static List<Pickle> pickles(String name, String gherkin) {
        try (Stream<Envelope> envelopes = GherkinParser.builder().includeSource(false).includeGherkinDocument(false)
                .build().parse(name, gherkin.getBytes(StandardCharsets.UTF_8))) {
            return envelopes.flatMap(envelope -> envelope.getPickle().stream()).toList();
        }
    }

    /** Every feature of the kit by file name, read from the features jar (or folder) on the class path. */
    private static Map<String, String> kitFeatures() throws IOException {
        URL catalog = BareFeatures.class.getClassLoader().getResource(CATALOG);
        if (catalog == null) {
            throw new IllegalStateException("The kit's features are not on the class path (no " + CATALOG + ")");
        }
        try {
            URI uri = catalog.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(CATALOG).getParent());
                }
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException malformed) {
            throw new IllegalStateException("Cannot read the features next to " + catalog, malformed);
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> features = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".feature"))::iterator) {
                features.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return features;
    }
}
