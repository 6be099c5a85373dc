package org.rtkconformance.steps;

import io.cucumber.java.ParameterType;
import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.notation.AccessNotation;
import org.rtkconformance.steps.notation.NameNotation;

/** The Gherkin words for the values of the API: names, statuses, access modes, BOOLEAN bytes, IRQLs, faults. */
public final class ParameterTypes {

    /** A caller is a capitalised word: {@code driver A}, {@code driver Creator}. */
    @ParameterType("[A-Z][A-Za-z0-9]*")
    public String caller(String name) {
        return name;
    }

    /** An object name in the notation of {@link NameNotation}, as a well-formed, NUL-terminated UNICODE_STRING. */
    @ParameterType(NameNotation.REGEX)
    public UnicodeString name(String notation) {
        return UnicodeString.of(NameNotation.parse(notation));
    }

    /** An NTSTATUS by name or value ({@code STATUS_INVALID_PARAMETER}, {@code 0xC000000D}). */
    @ParameterType("STATUS_[A-Z_]+|0x[0-9A-Fa-f]{1,8}")
    public NtStatus status(String text) {
        return NtStatus.parse(text);
    }

    /** A raw DesiredAccess ({@code SHM_MAP_READ}, {@code 3}, {@code 0x80000000}). */
    @ParameterType(AccessNotation.ACCESS_REGEX)
    public Integer access(String text) {
        return AccessNotation.access(text);
    }

    /** A raw Protect ({@code PAGE_READONLY}). */
    @ParameterType(AccessNotation.PROTECT_REGEX)
    public Integer protection(String text) {
        return AccessNotation.protect(text);
    }

    /** A raw BOOLEAN byte ({@code TRUE}, {@code FALSE}, {@code 2}, {@code 0xFF}). */
    @ParameterType(AccessNotation.BOOLEAN_REGEX)
    public Byte bool(String text) {
        return AccessNotation.bool(text);
    }

    @ParameterType("PASSIVE_LEVEL|APC_LEVEL|DISPATCH_LEVEL")
    public Integer irql(String text) {
        switch (text) {
            case "PASSIVE_LEVEL":
                return RtkConstants.PASSIVE_LEVEL;
            case "APC_LEVEL":
                return RtkConstants.APC_LEVEL;
            default:
                return RtkConstants.DISPATCH_LEVEL;
        }
    }

    /** A named object of another kind: {@code event}, {@code mutex}, {@code semaphore}. */
    @ParameterType("event|mutex|semaphore")
    public ObjectKind kind(String text) {
        return ObjectKind.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** A condition fault injection forces. */
    @ParameterType("memory exhaustion|a stopped RTSS|an internal failure")
    public Fault fault(String text) {
        switch (text) {
            case "memory exhaustion":
                return Fault.MEMORY_EXHAUSTED;
            case "a stopped RTSS":
                return Fault.RTSS_STOPPED;
            default:
                return Fault.INTERNAL_FAILURE;
        }
    }
}
