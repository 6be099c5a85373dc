package org.rtkconformance.adapter.agent;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.UnicodeString;

/** Builds request lines, without the leading id (the connection numbers them), exactly as the protocol spells them. */
final class RequestLine {

    static final String PROTOCOL_VERSION = "rtk-agent/1";

    private RequestLine() {
    }

    static String hello() {
        return "HELLO " + PROTOCOL_VERSION;
    }

    static String attach(int maxWfso) {
        return "ATTACH " + Hex.unsigned32(maxWfso);
    }

    static String detach(RtssInst inst) {
        return "DETACH " + Hex.unsigned(inst.value());
    }

    static String create(CreateSharedMemoryCall call) {
        return "CREATE " + Hex.unsigned(call.rtssInst().value()) + " " + flag(call.handlePointer()) + " "
                + Hex.unsigned32(call.protect()) + " " + Hex.unsigned32(call.maximumSizeHigh()) + " "
                + Hex.unsigned32(call.maximumSizeLow()) + " " + name(call.name()) + " " + flag(call.locationPointer());
    }

    static String open(OpenSharedMemoryCall call) {
        return "OPEN " + Hex.unsigned(call.rtssInst().value()) + " " + flag(call.handlePointer()) + " "
                + Hex.unsigned32(call.desiredAccess()) + " " + Hex.unsigned32(Byte.toUnsignedInt(call.inheritHandle()))
                + " " + name(call.name()) + " " + flag(call.locationPointer());
    }

    static String unmap(RtssInst inst, Address location) {
        return "UNMAP " + Hex.unsigned(inst.value()) + " " + Hex.unsigned(location.value());
    }

    static String close(RtssInst inst, Handle handle) {
        return "CLOSE " + Hex.unsigned(inst.value()) + " " + Hex.unsigned(handle.value());
    }

    static String named(RtssInst inst, ObjectKind kind, UnicodeString name) {
        return "NAMED " + Hex.unsigned(inst.value()) + " " + kind.name() + " " + name(name);
    }

    static String read(Address base, long offset, int length) {
        return "READ " + Hex.unsigned(base.value()) + " " + Hex.unsigned(offset) + " " + length;
    }

    static String write(Address base, long offset, byte[] data) {
        return "WRITE " + Hex.unsigned(base.value()) + " " + Hex.unsigned(offset) + " " + Hex.bytes(data);
    }

    static String irql(int irql) {
        return "IRQL " + irql;
    }

    static String fault(String fault) {
        return "FAULT " + fault;
    }

    static String list() {
        return "LIST";
    }

    static String echo(String token) {
        return "ECHO " + token;
    }

    /** A spare caller's namespace, before any call (docs/agent-protocol.md §10). */
    static String prefix(String prefix) {
        return "PREFIX " + prefix;
    }

    static String bye() {
        return "BYE";
    }

    /** {@code -} for a NULL pointer, else {@code Length:MaximumLength:<whole buffer as hex units | NULL>}. */
    static String name(UnicodeString name) {
        if (name == null) {
            return "-";
        }
        String buffer = name.hasNullBuffer() ? "NULL" : Hex.units(name.buffer());
        return name.length() + ":" + name.maximumLength() + ":" + buffer;
    }

    private static String flag(boolean present) {
        return present ? "1" : "0";
    }
}
