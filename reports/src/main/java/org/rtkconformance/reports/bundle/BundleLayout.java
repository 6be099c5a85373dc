package org.rtkconformance.reports.bundle;

import java.util.List;

/** Where each part sits inside a certification bundle (docs/verdicts.md, "Certification bundle"). */
public final class BundleLayout {

    /** The format string in {@value #DESCRIPTOR}. */
    public static final String FORMAT = "rtk-bundle/1";
    /** Kit version, catalog hash, backend manifest, capabilities, readings, command, verdict in brief. */
    public static final String DESCRIPTOR = "bundle.json";
    /** The statement catalog the run was judged against. */
    public static final String CATALOG = "catalog.yaml";
    /** The backend's expectations, when it has any. */
    public static final String EXPECTATIONS = "expectations.yaml";
    /** The exact command that reproduces the run, one line. */
    public static final String COMMAND = "COMMAND";
    /** {@code <sha256>  <path>} for every other entry, sorted by path. */
    public static final String MANIFEST = "SHA256SUMS";
    /** The optional Ed25519 signature over {@value #MANIFEST} (certify --sign); the one entry the manifest cannot list. */
    public static final String SIGNATURE = "SIGNATURE";
    public static final String RESULTS = "results/results.json";
    public static final String CUCUMBER_MESSAGES = "results/cucumber/messages.ndjson";
    public static final String JUNIT_PREFIX = "results/junit/";
    public static final String ALLURE_PREFIX = "results/allure-results/";
    public static final String VERDICT_JSON = "verdict/verdict.json";
    public static final String VERDICT_MARKDOWN = "verdict/verdict.md";
    public static final String VERDICT_HTML = "verdict/verdict.html";

    /** Entries every bundle has. */
    public static final List<String> REQUIRED = List.of(DESCRIPTOR, CATALOG, COMMAND, MANIFEST, RESULTS,
            CUCUMBER_MESSAGES, VERDICT_JSON, VERDICT_MARKDOWN, VERDICT_HTML);

    private BundleLayout() {
    }
}
