package org.rtkconformance.gate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of {@code catalog.yaml}; the schema is described at the top of that file and in docs/writing-scenarios.md. */
@JsonIgnoreProperties(ignoreUnknown = false)
record CatalogStatement(String id, String section, String text, String quote, String kind, List<String> ambiguities,
                        String strength, String untestedReason, Boolean withdrawn, String source) {

    CatalogStatement {
        ambiguities = ambiguities == null ? List.of() : List.copyOf(ambiguities);
        withdrawn = Boolean.TRUE.equals(withdrawn);
    }

    boolean isWithdrawn() {
        return withdrawn;
    }

    boolean needsScenario() {
        return !withdrawn && !"untested".equals(strength);
    }
}
