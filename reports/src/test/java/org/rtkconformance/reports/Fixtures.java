package org.rtkconformance.reports;

import java.nio.file.Path;

/** Where the small, hand-made inputs under {@code src/test/resources/fixtures} are. */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/resources/fixtures").toAbsolutePath();
    public static final Path CATALOG = ROOT.resolve("catalog.yaml");
    public static final Path FEATURES = ROOT.resolve("features");
    public static final Path RESULTS = ROOT.resolve("suite/rtk-results/results.json");
    public static final Path ALLURE_RESULTS = ROOT.resolve("suite/allure-results");

    private Fixtures() {
    }
}
