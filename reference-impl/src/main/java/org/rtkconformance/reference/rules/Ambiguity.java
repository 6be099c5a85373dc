package org.rtkconformance.reference.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.rtkconformance.adapter.api.Reading;

/**
 * The ambiguities of the page ({@code shared/spec/api-notes.md} §d) with the readings the reference can
 * take for each, and its default. Letters follow api-notes where it names them; where it does not
 * (D-8, D-11.D, D-12.D, D-13, D-17, D-19, D-21, D-23, D-24) the letters are this model's and
 * {@code docs/INTERPRETATIONS.md} defines them.
 */
public enum Ambiguity {

    D_1("D-1", "Read-only views versus \"the RTSS environment always grants read and write access\"", "B",
            "A", "every view is read-write: a write through an SHM_MAP_READ view succeeds and is seen by every view",
            "B", "the handle has read and write rights but the view follows DesiredAccess: a write through an"
                    + " SHM_MAP_READ view is an access violation"),
    D_2("D-2", "\"PAGE_READ\" is not a Windows constant (effective only under D-3.B)", "A",
            "A", "PAGE_READONLY was meant: SHM_MAP_READ needs an object created PAGE_READWRITE or PAGE_READONLY",
            "B", "any readable protection was meant: PAGE_READONLY, PAGE_READWRITE, PAGE_WRITECOPY, PAGE_EXECUTE_READ"
                    + " or PAGE_EXECUTE_READWRITE"),
    D_3("D-3", "The creation protection Open checks, when Create ignores Protect", "A",
            "A", "vacuous: every object counts as PAGE_READWRITE, both access modes always succeed",
            "B", "the Protect given to Create is kept: SHM_MAP_WRITE needs PAGE_READWRITE, SHM_MAP_READ a protection"
                    + " per D-2; otherwise Open fails with STATUS_UNSUCCESSFUL"),
    D_4("D-4", "DesiredAccess values other than SHM_MAP_READ (1) and SHM_MAP_WRITE (2)", "C",
            "A", "refused with STATUS_INVALID_PARAMETER",
            "B", "a value with bit 1 (SHM_MAP_WRITE) set maps read-write, any other value read-only",
            "C", "ignored: any other value maps a read-write view (SHM_MAP_READ and SHM_MAP_WRITE keep their meaning)"),
    D_5("D-5", "InheritHandle is \"(ignored)\" yet TRUE and FALSE are described", "A",
            "A", "ignored: FALSE, TRUE and any other byte behave identically",
            "B", "only FALSE (0) and TRUE (1); any other byte is refused with STATUS_INVALID_PARAMETER"),
    D_6("D-6", "The status for a name no object has", "A",
            "A", "STATUS_UNSUCCESSFUL",
            "B", "STATUS_OBJECT_NAME_NOT_FOUND",
            "C", "STATUS_INVALID_PARAMETER",
            "D", "STATUS_INVALID_HANDLE"),
    D_7("D-7", "A name held by an event, mutex or semaphore", "A",
            "A", "STATUS_INVALID_HANDLE, as RtkCreateSharedMemory documents",
            "B", "the not-found status of D-6"),
    D_8("D-8", "The 260-character name limit: unit, terminator, and what happens above it", "A",
            "A", "260 UTF-16 code units are allowed; 261 or more are refused with STATUS_INVALID_PARAMETER",
            "B", "the 260 include the terminating NUL: 259 code units are allowed, 260 or more refused with"
                    + " STATUS_INVALID_PARAMETER",
            "C", "260 Unicode code points (a surrogate pair counts once); more are refused with STATUS_INVALID_PARAMETER",
            "D", "260 UTF-16 code units; 261 or more are refused with STATUS_NAME_TOO_LONG",
            "E", "260 UTF-16 code units; longer names are silently truncated to their first 260 code units",
            "F", "256 code units (RTX64 RTX_MAX_OBJECT_NAME_LENGTH); 257 or more are refused with"
                    + " STATUS_INVALID_PARAMETER"),
    D_9("D-9", "Malformed and empty UNICODE_STRINGs", "A",
            "A", "malformed strings (odd Length or MaximumLength, Length > MaximumLength, NULL Buffer with Length > 0)"
                    + " and empty names are refused with STATUS_INVALID_PARAMETER",
            "B", "lenient: the name is the whole code units Length covers; an empty name is not found by Open (D-6)"
                    + " and creates an unnamed object",
            "C", "malformed strings are refused with STATUS_INVALID_PARAMETER; an empty name is not found by Open"
                    + " (D-6) and creates an unnamed object"),
    D_10("D-10", "A NULL Name on Open", "A",
            "A", "refused with STATUS_INVALID_PARAMETER",
            "B", "the not-found status of D-6"),
    D_11("D-11", "A NULL location, and the out-parameters of a failed call", "A",
            "A", "NULL location is refused with STATUS_INVALID_PARAMETER; a failed call leaves both out-parameters"
                    + " untouched",
            "B", "NULL location opens the handle and maps nothing; a failed call leaves both out-parameters untouched",
            "D", "NULL location is refused with STATUS_INVALID_PARAMETER; a failed call writes NULL through every"
                    + " non-NULL out-pointer"),
    D_12("D-12", "A backslash in the name", "A",
            "A", "refused with STATUS_INVALID_PARAMETER",
            "B", "such a name is never found: Open gives the D-6 status; Create refuses it with"
                    + " STATUS_INVALID_PARAMETER",
            "C", "Win32-style: one leading \"Global\\\" or \"Local\\\" is dropped (the rest names the object), any"
                    + " other backslash is refused with STATUS_INVALID_PARAMETER",
            "D", "refused with STATUS_OBJECT_NAME_INVALID"),
    D_13("D-13", "Case-sensitive comparison: what counts as the same name", "A",
            "A", "raw UTF-16 code-unit comparison",
            "B", "canonically equivalent names (Unicode NFC) are the same name"),
    D_14("D-14", "RtkUnMapSharedMemory is named by the Remarks but declared by no header", "B",
            "A", "the Remarks are stale: RtkCloseHandle releases the view its open mapped; there is no unmap call"
                    + " (capability UNMAP not declared)",
            "B", "RtkUnMapSharedMemory(RtssInst, location) exists; a location that is not the base of a view the"
                    + " caller has mapped gives STATUS_INVALID_PARAMETER",
            "C", "there is no unmap call: a view lives until its object is destroyed, its instance detaches or its"
                    + " caller terminates (capability UNMAP not declared)"),
    D_15("D-15", "Closing before unmapping: do views keep the object alive?", "A",
            "A", "the object is destroyed at its last handle close; every view still mapped is unmapped with it",
            "B", "views hold references: the object lives until no handle and no view of it remain",
            "C", "RtkCloseHandle fails with STATUS_INVALID_PARAMETER while the view its open mapped is still mapped"
                    + " (needs D-14.B)"),
    D_16("D-16", "\"The system closes the handle when the process terminates\", for a driver", "B",
            "A", "at RtkRtssDetach as well: detaching closes the handles and unmaps the views made through that"
                    + " instance; termination reclaims everything",
            "B", "at driver termination (Caller.terminate) only",
            "C", "at termination and at subsystem shutdown (injecting RTSS_STOPPED reclaims every caller's handles)",
            "D", "never: termination leaks the caller's handles and views"),
    D_17("D-17", "What STATUS_NO_SUCH_DEVICE and STATUS_NO_MEMORY mean", "A",
            "A", "STATUS_NO_SUCH_DEVICE: the RTSS subsystem is not running (fault RTSS_STOPPED); STATUS_NO_MEMORY:"
                    + " allocating object memory or mapping a view failed"),
    D_18("D-18", "Re-opening an object in the same caller", "A",
            "A", "every open maps a fresh view at a new address",
            "B", "a re-open returns the caller's existing view of the object with the same protection (the view"
                    + " counts its mappings and goes away at the last unmap)"),
    D_19("D-19", "Handle values", "A",
            "A", "unique in the session and never reused; closing NULL gives STATUS_INVALID_PARAMETER, any other value"
                    + " that is not an open handle of the caller STATUS_UNSUCCESSFUL",
            "B", "the caller's lowest free value is reused after a close; NULL and other values as in A"),
    D_20("D-20", "Typing and wording slips (no behaviour)", null),
    D_21("D-21", "The extent of a view; sizes Create refuses", "B",
            "A", "the view is exactly the object's size: the bytes past it are not mapped; size 0 or a non-zero"
                    + " MaximumSizeHigh is refused with STATUS_INVALID_PARAMETER",
            "B", "the view spans whole 4 KiB pages: the bytes past the size up to the page end are mapped (zero at"
                    + " creation); size 0 or a non-zero MaximumSizeHigh is refused with STATUS_INVALID_PARAMETER"),
    D_22("D-22", "What counts as an invalid RtssInst", "C",
            "A", "only 0 is invalid",
            "B", "0 and values never issued to the caller are invalid; a detached instance stays usable",
            "C", "0, values never issued to the caller, and detached instances are invalid"),
    D_23("D-23", "A call above PASSIVE_LEVEL", "A",
            "A", "checked: the call does nothing and returns STATUS_UNSUCCESSFUL; the violation is recorded",
            "B", "checked: the call does nothing and returns STATUS_INVALID_PARAMETER; the violation is recorded",
            "C", "unchecked: the call proceeds as at PASSIVE_LEVEL; the violation is still recorded"),
    D_24("D-24", "Version drift: how RtkCreateSharedMemory reports a name that already exists", "B",
            "A", "STATUS_SUCCESS",
            "B", "STATUS_OBJECT_NAME_EXISTS, the NTSTATUS form of the older RTX's ERROR_ALREADY_EXISTS");

    private final String id;
    private final String title;
    private final String defaultChoice;
    private final Map<String, String> choices;

    Ambiguity(String id, String title, String defaultChoice, String... lettersAndMeanings) {
        this.id = id;
        this.title = title;
        this.defaultChoice = defaultChoice;
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < lettersAndMeanings.length; i += 2) {
            map.put(lettersAndMeanings[i], lettersAndMeanings[i + 1]);
        }
        this.choices = Collections.unmodifiableMap(map);
    }

    /** The id api-notes gives it, {@code D-6}. */
    public String id() {
        return id;
    }

    /** What is ambiguous, in one line. */
    public String title() {
        return title;
    }

    /** The reading the reference takes unless told otherwise; empty when the ambiguity has no testable reading. */
    public Optional<String> defaultChoice() {
        return Optional.ofNullable(defaultChoice);
    }

    /** The readings offered, letter to meaning, in letter order. */
    public Map<String, String> choices() {
        return choices;
    }

    /** The reading {@code letter} of this ambiguity as the port writes it. */
    public Reading reading(String letter) {
        return new Reading(id, letter);
    }

    /** The ambiguity with id {@code D-6}, if the page has one. */
    public static Optional<Ambiguity> byId(String id) {
        for (Ambiguity ambiguity : values()) {
            if (ambiguity.id.equals(id)) {
                return Optional.of(ambiguity);
            }
        }
        return Optional.empty();
    }
}
