package org.rtkconformance.reports.kit;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The options of commands that read the statement catalog and the feature files: the kit's own by default. */
final class SpecificationOptions {

    @Option(names = "--catalog", paramLabel = "<catalog.yaml>", description = "the statement catalog (default: the kit's)")
    Path catalog;

    @Option(names = "--features", paramLabel = "<dir>", description = "the feature files (default: the kit's)")
    Path features;

    /** The catalog named, if one was. */
    Optional<Path> catalog() {
        return Optional.ofNullable(catalog);
    }

    /** The feature folder named, if one was. */
    Optional<Path> features() {
        return Optional.ofNullable(features);
    }
}
