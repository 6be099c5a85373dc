package org.rtkconformance.gate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The kit's own catalog and features, read from the class path the suite runs them from (the features jar or folder). */
final class KitSources {

    static final String CATALOG = "org/rtkconformance/features/catalog.yaml";

    private KitSources() {
    }

    static Catalog catalog() throws IOException {
        try (InputStream in = KitSources.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IOException(CATALOG + " is not on the class path: build the features module first");
            }
            return Catalog.read(in, CATALOG);
        }
    }

    static List<TaggedScenario> scenarios() throws IOException, URISyntaxException {
        URL catalog = KitSources.class.getClassLoader().getResource(CATALOG);
        if (catalog == null) {
            throw new IOException(CATALOG + " is not on the class path: build the features module first");
        }
        URI uri = catalog.toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return scan(jar.getPath(CATALOG).getParent());
            }
        }
        return scan(Path.of(uri).getParent());
    }

    private static List<TaggedScenario> scan(Path folder) throws IOException {
        List<TaggedScenario> scenarios = new ArrayList<>();
        List<Path> features;
        try (Stream<Path> files = Files.walk(folder)) {
            features = files.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        if (features.isEmpty()) {
            throw new IOException("No .feature file beside " + CATALOG + " in " + folder.toUri());
        }
        for (Path feature : features) {
            scenarios.addAll(FeatureScan.scan(feature.getFileName().toString(),
                    new String(Files.readAllBytes(feature), StandardCharsets.UTF_8)));
        }
        return scenarios;
    }
}
