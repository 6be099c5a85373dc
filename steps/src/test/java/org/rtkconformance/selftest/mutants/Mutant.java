package org.rtkconformance.selftest.mutants;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rtkconformance.adapter.api.BackendProvider;

/**
 * One deliberately wrong backend.
 *
 * @param id          {@code mutant:<kebab-name>}, the backend id it runs under
 * @param violates    the catalog statement ({@code OPEN-NAME-4}) or reading ({@code D-6.A}) it breaks
 * @param description what it does wrong, in one line
 * @param knownGap    why no scenario can kill it yet, when that is a known gap of the features; empty otherwise
 * @param provider    the backend itself
 */
public record Mutant(String id, String violates, String description, Optional<String> knownGap,
                     BackendProvider provider) {

    private static final Pattern ID = Pattern.compile("mutant:[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern READING = Pattern.compile("D-\\d+\\.[A-Z]");

    public Mutant {
        Objects.requireNonNull(violates, "violates");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(knownGap, "knownGap");
        Objects.requireNonNull(provider, "provider");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A mutant id is mutant:<kebab-name>, not '" + id + "'");
        }
        if (!provider.manifest().id().equals(id)) {
            throw new IllegalArgumentException("Mutant " + id + " runs under backend id '" + provider.manifest().id() + "'");
        }
    }

    /** Whether the mutant breaks a reading ({@code D-6.A}) rather than a statement. */
    public boolean violatesReading() {
        return READING.matcher(violates).matches();
    }

    /** The same mutant, declared a known gap of the features: it is expected to survive, for {@code reason}. */
    public Mutant expectedToSurvive(String reason) {
        return new Mutant(id, violates, description, Optional.of(reason), provider);
    }
}
