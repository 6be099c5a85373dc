package org.rtkconformance.adapter.api.forwarding;

import java.util.Objects;
import java.util.Optional;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.BackendProvider;

/**
 * A provider built on another: same manifest, availability and sessions unless a subclass overrides
 * them. A backend on the reference overrides {@link #manifest()} (its own id, vendor, product, version)
 * and {@link #start} (its sessions, usually a {@link ForwardingBackend} over {@code super.start(context)}).
 */
public class ForwardingProvider implements BackendProvider {

    private final BackendProvider delegate;

    public ForwardingProvider(BackendProvider delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The provider everything goes to. */
    public final BackendProvider delegate() {
        return delegate;
    }

    @Override
    public BackendManifest manifest() {
        return delegate.manifest();
    }

    @Override
    public Optional<String> unavailableReason() {
        return delegate.unavailableReason();
    }

    @Override
    public Backend start(BackendContext context) {
        return delegate.start(context);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + manifest().id() + " on " + delegate + "]";
    }
}
