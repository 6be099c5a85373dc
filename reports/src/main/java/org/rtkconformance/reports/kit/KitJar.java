package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.bundle.Sha256;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The jar the kit runs from, whose hash a bundle records so that a rerun can use the very same kit. */
final class KitJar {

    private KitJar() {
    }

    /** The SHA-256 of the kit's jar, or empty when the kit runs from class folders (tests, an IDE). */
    static Optional<String> sha256() {
        try {
            var source = RtkKit.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(Sha256.of(Files.readAllBytes(location))) : Optional.empty();
        } catch (IOException | URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
