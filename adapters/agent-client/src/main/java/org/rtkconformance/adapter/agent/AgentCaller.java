package org.rtkconformance.adapter.agent;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.adapter.api.UnicodeString;

/** A caller that is one agent process: each call is one request line and one reply. */
final class AgentCaller implements org.rtkconformance.adapter.api.Caller {

    private final String name;
    private final AgentConnection agent;
    private final AgentBackend backend;
    private boolean terminated;

    AgentCaller(String name, AgentConnection agent, AgentBackend backend) {
        this.name = name;
        this.agent = agent;
        this.backend = backend;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public AttachResult rtkRtssAttach(int maxWfso) {
        AgentReply reply = call(RequestLine.attach(maxWfso));
        return decode(reply, () -> new AttachResult(status(reply), written(reply, "inst", RtssInst::new)));
    }

    @Override
    public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
        throw new CapabilityMissingException(Capability.ATTACH_EX, backend.backendId());
    }

    @Override
    public NtStatus rtkRtssDetach(RtssInst rtssInst) {
        AgentReply reply = call(RequestLine.detach(rtssInst));
        return decode(reply, () -> status(reply));
    }

    @Override
    public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
        return sharedMemoryResult(call(RequestLine.create(call)));
    }

    @Override
    public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
        return sharedMemoryResult(call(RequestLine.open(call)));
    }

    @Override
    public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
        backend.require(Capability.UNMAP);
        AgentReply reply = call(RequestLine.unmap(rtssInst, location));
        return decode(reply, () -> status(reply));
    }

    @Override
    public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
        AgentReply reply = call(RequestLine.close(rtssInst, handle));
        return decode(reply, () -> status(reply));
    }

    @Override
    public NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
        backend.require(Capability.NAMED_OBJECTS_OF_OTHER_KINDS);
        AgentReply reply = call(RequestLine.named(rtssInst, kind, name));
        return decode(reply, () -> new NamedObjectResult(status(reply), written(reply, "handle", Handle::new)));
    }

    @Override
    public MemoryAccess read(Address base, long offset, int length) {
        backend.require(Capability.VIEW_ACCESS);
        AgentReply reply = call(RequestLine.read(base, offset, length));
        return decode(reply, () -> memoryAccess(reply));
    }

    @Override
    public MemoryAccess write(Address base, long offset, byte[] data) {
        backend.require(Capability.VIEW_ACCESS);
        AgentReply reply = call(RequestLine.write(base, offset, data));
        return decode(reply, () -> memoryAccess(reply));
    }

    @Override
    public void setIrql(int irql) {
        backend.require(Capability.IRQL_CONTROL);
        call(RequestLine.irql(irql));
    }

    @Override
    public void terminate() {
        backend.require(Capability.CALLER_TERMINATION);
        terminated = true;
        agent.kill();
    }

    /** What this caller's agent holds, per object: the answer to LIST. */
    AgentReply list() {
        return call(RequestLine.list());
    }

    AgentReply send(String request) {
        return call(request);
    }

    boolean isAlive() {
        return !terminated && agent.isAlive();
    }

    /** The agent process's id (on the launcher's machine for a TCP caller). */
    long pid() {
        return agent.pid();
    }

    void stop() {
        agent.close();
    }

    /** Like {@link #stop}, leaving the wait for the agent's end to a background thread. */
    void stopInBackground() {
        agent.closeInBackground();
    }

    private AgentReply call(String request) {
        if (terminated) {
            throw new BackendFailureException("Caller '" + name + "' was terminated; it cannot call " + request.split(" ")[0]);
        }
        return agent.exchange(request);
    }

    private SharedMemoryResult sharedMemoryResult(AgentReply reply) {
        return decode(reply, () -> new SharedMemoryResult(status(reply), written(reply, "handle", Handle::new),
                written(reply, "location", Address::new), Long.parseLong(reply.field("errno"))));
    }

    private static MemoryAccess memoryAccess(AgentReply reply) {
        MemoryAccess.Outcome outcome = MemoryAccess.Outcome.valueOf(reply.field("access"));
        if (outcome == MemoryAccess.Outcome.OK) {
            return MemoryAccess.ok(reply.has("data") ? Hex.parseBytes(reply.field("data")) : new byte[0]);
        }
        return MemoryAccess.fault(outcome, reply.has("detail") ? PercentText.decode(reply.field("detail")) : "");
    }

    private static NtStatus status(AgentReply reply) {
        String hex = reply.field("status");
        if (hex.length() != 8) {
            throw new IllegalArgumentException("a status is 8 hex digits: " + Hex.abbreviate(hex));
        }
        return NtStatus.of((int) Hex.parseUnsigned(hex));
    }

    /** {@code -} means the call left the out-parameter untouched. */
    private static <T> Out<T> written(AgentReply reply, String key, java.util.function.LongFunction<T> wrap) {
        String value = reply.field(key);
        return value.equals("-") ? Out.untouched() : Out.written(wrap.apply(Hex.parseUnsigned(value)));
    }

    /** Decodes a reply; a reply that does not decode is the agent's fault: the caller is broken from here on. */
    private <T> T decode(AgentReply reply, java.util.function.Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (IllegalArgumentException e) {
            throw agent.fail("replied with fields the client cannot decode (" + e.getMessage() + ")", e);
        }
    }
}
