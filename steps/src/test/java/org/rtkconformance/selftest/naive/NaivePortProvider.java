package org.rtkconformance.selftest.naive;

import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.reference.rules.Readings;

import java.util.function.Supplier;

/**
 * Registers a naive port: a fresh port per session, and a manifest that declares the reference's default
 * readings (the port's author read the page the way the kit does by default, so every reading's scenarios
 * judge it) and the capabilities {@link NaivePort} offers.
 */
final class NaivePortProvider implements BackendProvider {

    private final BackendManifest manifest;
    private final Supplier<NaivePort> perSession;

    NaivePortProvider(String id, Supplier<NaivePort> perSession) {
        NaivePort sample = perSession.get();
        this.manifest = new BackendManifest(id, "a naive port", "RTKAPI shared memory over a map of byte arrays", "0.1",
                ApiVersion.RTX64_2013_SP1, sample.capabilities(), Readings.defaults().manifestReadings());
        this.perSession = perSession;
    }

    @Override
    public BackendManifest manifest() {
        return manifest;
    }

    @Override
    public Backend start(BackendContext context) {
        return perSession.get();
    }

    @Override
    public String toString() {
        return "NaivePortProvider[" + manifest.id() + "]";
    }
}
