package org.rtkconformance.adapter.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a backend declares about itself before any scenario runs: who made it, which version of the API
 * it implements, what it can do, and how it reads each ambiguity of the page. The declared readings
 * are the backend's fingerprint.
 *
 * @param id           the id {@code rtk.backend} selects it by
 * @param vendor       who ships it
 * @param product      the product it implements or stands for
 * @param version      the implementation's own version
 * @param apiVersion   the RTX64 API version it claims
 * @param capabilities the optional abilities it offers
 * @param readings     for each ambiguity id ({@code D-6}), the reading it declares; absent means none
 */
public record BackendManifest(String id, String vendor, String product, String version, ApiVersion apiVersion,
                              Set<Capability> capabilities, Map<String, Reading> readings) {

    public BackendManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(apiVersion, "apiVersion");
        capabilities = capabilities.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        for (Map.Entry<String, Reading> entry : readings.entrySet()) {
            if (!entry.getKey().equals(entry.getValue().ambiguity())) {
                throw new IllegalArgumentException("Reading " + entry.getValue() + " is declared under " + entry.getKey());
            }
        }
        readings = Collections.unmodifiableMap(new TreeMap<>(readings));
    }

    /** Whether the backend declares {@code reading} for its ambiguity. */
    public boolean declares(Reading reading) {
        return reading.equals(readings.get(reading.ambiguity()));
    }
}
