package com.example.acme;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.forwarding.ForwardingBackend;
import org.rtkconformance.adapter.api.forwarding.ForwardingCaller;
import org.rtkconformance.adapter.api.forwarding.ForwardingProvider;
import org.rtkconformance.reference.ReferenceBackendProvider;

/** Acme's backend: the reference model, with Acme's RtkOpenSharedMemory in front of it. */
public final class AcmeBackendProvider extends ForwardingProvider {

    public AcmeBackendProvider() {
        super(new ReferenceBackendProvider());   // readings: -Drtk.reference.readings
    }

    @Override
    public BackendManifest manifest() {
        BackendManifest reference = super.manifest();
        return new BackendManifest("acme", "Acme Corp", "Acme RTSS shared memory", "1.0",
                reference.apiVersion(), reference.capabilities(), reference.readings());
    }

    @Override
    public Backend start(BackendContext context) {
        return new ForwardingBackend(super.start(context)) {
            @Override
            protected Caller decorate(Caller made) {
                return new ForwardingCaller(made) {
                    @Override
                    public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                        // Acme's own call goes here; the example passes it on to the reference.
                        return super.rtkOpenSharedMemory(call);
                    }
                };
            }
        };
    }
}
