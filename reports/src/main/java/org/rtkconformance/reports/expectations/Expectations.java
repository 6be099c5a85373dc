package org.rtkconformance.reports.expectations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The expectations of one backend.
 *
 * @param file    where they were read from, or empty for "no expectations"
 * @param backend the backend id they are for
 * @param waivers the waivers in file order
 */
public record Expectations(Optional<Path> file, String backend, List<Waiver> waivers) {

    public Expectations {
        waivers = List.copyOf(waivers);
    }

    /** No waiver at all: every failure counts. */
    public static Expectations none(String backend) {
        return new Expectations(Optional.empty(), backend, List.of());
    }
}
