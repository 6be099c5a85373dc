package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;

import java.util.stream.Collectors;

/** The reference configured with the readings a backend declares, as the explorer's tests build it. */
final class ReferenceOracle {

    private ReferenceOracle() {
    }

    static BackendProvider of(BackendProvider backend) {
        String declared = backend.manifest().readings().values().stream().map(Reading::toString)
                .collect(Collectors.joining(","));
        return ReferenceBackendProvider.withReadings(Readings.parse(declared, "the manifest of " + backend.manifest().id()));
    }
}
