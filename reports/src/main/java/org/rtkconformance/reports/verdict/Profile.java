package org.rtkconformance.reports.verdict;

/** The two profiles a run is scored on. */
public enum Profile {
    /** The documented rules: scenarios of strength required or bounded. */
    CORE("core", "the documented rules (@required, @bounded)"),
    /** Readings of the ambiguities and optional capabilities: scenarios of strength interpretation. */
    EXTENDED("extended", "readings of the ambiguities (@interpretation)");

    private final String title;
    private final String description;

    Profile(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** The profile a scenario of {@code strength} belongs to. */
    public static Profile of(String strength) {
        return "interpretation".equals(strength) ? EXTENDED : CORE;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
