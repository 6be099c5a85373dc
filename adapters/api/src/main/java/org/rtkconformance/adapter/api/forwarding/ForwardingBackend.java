package org.rtkconformance.adapter.api.forwarding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.NativeInterface;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * A session that passes everything to another session. Each caller it makes goes through
 * {@link #decorate}, and introspection is asked about the callers underneath: a backend that wraps its
 * callers in {@link ForwardingCaller}s still gets truthful handle and view counts.
 */
public class ForwardingBackend implements Backend {

    private final Backend delegate;

    public ForwardingBackend(Backend delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The session everything goes to. */
    public final Backend delegate() {
        return delegate;
    }

    /** The caller the scenario gets for {@code made}, a caller of the session underneath; unchanged by default. */
    protected Caller decorate(Caller made) {
        return made;
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }

    @Override
    public Caller newCaller(String name) {
        return decorate(delegate.newCaller(name));
    }

    @Override
    public Introspection introspection() {
        Introspection plain = delegate.introspection();
        return new Introspection() {
            @Override
            public Optional<ObjectInfo> lookup(UnicodeString name) {
                return plain.lookup(name);
            }

            @Override
            public List<ObjectInfo> liveObjects() {
                return plain.liveObjects();
            }

            @Override
            public int openHandles(Caller caller) {
                return plain.openHandles(ForwardingCaller.unwrap(caller));
            }

            @Override
            public int mappedViews(Caller caller) {
                return plain.mappedViews(ForwardingCaller.unwrap(caller));
            }
        };
    }

    @Override
    public FaultInjection faults() {
        return delegate.faults();
    }

    @Override
    public NativeInterface nativeInterface() {
        return delegate.nativeInterface();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
