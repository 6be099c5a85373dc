package org.rtkconformance.selftest.mutants;

import static org.rtkconformance.adapter.api.RtkConstants.PAGE_READWRITE;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.InstanceState;
import org.rtkconformance.reference.rules.NameKey;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * Mutants made through the reference's extension point: a {@link ReferenceRules} subclass that overrides
 * one decision (docs/INTERPRETATIONS.md, "Building a mutant"). The manifest still declares the rules'
 * readings, so a mutant that breaks a reading is judged by that reading's scenarios.
 */
final class RuleMutants {

    private RuleMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                // ---- documented statements
                mutant("zero-instance-accepted", "OPEN-RTSSINST-2", "an RtssInst of 0 is accepted as valid",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean acceptsInstance(InstanceState state) {
                                return state == InstanceState.ZERO || super.acceptsInstance(state);
                            }
                        }),
                mutant("access-inverted", "OPEN-ACCESS-1",
                        "DesiredAccess selects the opposite view: SHM_MAP_WRITE maps read-only, SHM_MAP_READ read-write",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean mapsWritableView(int desiredAccess) {
                                return !super.mapsWritableView(desiredAccess);
                            }
                        }),
                mutant("read-access-refused", "OPEN-ACCESS-3", "SHM_MAP_READ is refused with STATUS_INVALID_PARAMETER",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean acceptsDesiredAccess(int desiredAccess) {
                                return desiredAccess != SHM_MAP_READ && super.acceptsDesiredAccess(desiredAccess);
                            }
                        }),
                mutant("write-access-refused", "OPEN-ACCESS-4", "SHM_MAP_WRITE is refused with STATUS_INVALID_PARAMETER",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean acceptsDesiredAccess(int desiredAccess) {
                                return desiredAccess != SHM_MAP_WRITE && super.acceptsDesiredAccess(desiredAccess);
                            }
                        }),
                mutant("name-ends-at-nul", "OPEN-NAME-1",
                        "the name ends at the first NUL, as a C string would, instead of at Length",
                        new ReferenceRules(defaults()) {
                            @Override
                            public NameKey nameKey(char[] units) {
                                String name = new String(units);
                                int nul = name.indexOf('\0');
                                return super.nameKey((nul < 0 ? name : name.substring(0, nul)).toCharArray());
                            }
                        }),
                mutant("case-blind-names", "OPEN-NAME-4", "names are compared case-insensitively",
                        new ReferenceRules(defaults()) {
                            @Override
                            public NameKey nameKey(char[] units) {
                                return new NameKey(new String(units).toLowerCase(Locale.ROOT));
                            }
                        }),
                mutant("status-outside-five", "OPEN-RET-2",
                        "a name nobody has gives STATUS_OBJECT_NAME_NOT_FOUND, outside the five documented codes",
                        status(Failure.NOT_FOUND, NtStatus.STATUS_OBJECT_NAME_NOT_FOUND)),
                mutant("termination-closes-nothing", "OPEN-REM-3",
                        "terminating a caller closes none of its handles and unmaps none of its views",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean terminationReclaims() {
                                return false;
                            }
                        }),
                mutant("create-wrong-kind-status", "CREATE-NAME-3",
                        "Create under a mutex's or event's name gives STATUS_UNSUCCESSFUL instead of STATUS_INVALID_HANDLE",
                        status(Failure.CREATE_WRONG_KIND, NtStatus.STATUS_UNSUCCESSFUL)),
                mutant("creator-view-read-only", "CREATE-RW-1", "the view Create maps is read-only",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean creatorViewWritable() {
                                return false;
                            }
                        }),
                mutant("empty-create-name-unnamed", "CREATE-NAME-4",
                        "Create with an empty name makes an unnamed object, as a NULL Name does, instead of refusing it",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean createsUnnamedForEmptyName() {
                                return true;
                            }
                        }),
                mutant("size-zero-unsuccessful", "CREATE-SIZE-2",
                        "Create of 0 bytes gives STATUS_UNSUCCESSFUL instead of STATUS_INVALID_PARAMETER",
                        status(Failure.SIZE_ZERO, NtStatus.STATUS_UNSUCCESSFUL)),
                mutant("double-close-status", "CLOSE-2",
                        "closing an already closed handle gives STATUS_INVALID_HANDLE instead of STATUS_UNSUCCESSFUL",
                        status(Failure.CLOSE_INVALID_HANDLE, NtStatus.STATUS_INVALID_HANDLE)),

                // ---- readings the reference declares by default
                mutant("read-view-writable", "D-1.B", "a write through an SHM_MAP_READ view succeeds",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean mapsWritableView(int desiredAccess) {
                                return true;
                            }
                        }),
                mutant("page-readonly-unreadable", "D-2.A",
                        "under D-3.B, SHM_MAP_READ needs PAGE_READWRITE: PAGE_READONLY objects are refused",
                        new ReferenceRules(readings("D-3.B")) {
                            @Override
                            public boolean trackedProtectionAllows(int protect, int desiredAccess) {
                                return requestsWrite(desiredAccess) ? super.trackedProtectionAllows(protect, desiredAccess)
                                        : protect == PAGE_READWRITE;
                            }
                        }),
                mutant("protection-checked", "D-3.A",
                        "SHM_MAP_WRITE on a PAGE_READONLY object fails, though Create ignores Protect",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean protectionAllows(int protect, int desiredAccess) {
                                return trackedProtectionAllows(protect, desiredAccess);
                            }
                        }),
                mutant("access-3-accepted", "D-4.A", "under D-4.A, DesiredAccess 3 (SHM_MAP_ALL_ACCESS) is accepted",
                        new ReferenceRules(readings("D-4.A")) {
                            @Override
                            public boolean acceptsDesiredAccess(int desiredAccess) {
                                return desiredAccess == 3 || super.acceptsDesiredAccess(desiredAccess);
                            }
                        }),
                mutant("access-4-read-only", "D-4.C",
                        "DesiredAccess 4 (PAGE_READWRITE, passed by mistake by real callers) maps a read-only view",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean mapsWritableView(int desiredAccess) {
                                return desiredAccess != 4 && super.mapsWritableView(desiredAccess);
                            }
                        }),
                mutant("inherit-handle-checked", "D-5.A",
                        "InheritHandle changes behaviour: bytes other than FALSE and TRUE are refused",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean acceptsInheritHandle(byte inheritHandle) {
                                return inheritHandle == 0 || inheritHandle == 1;
                            }
                        }),
                mutant("not-found-invalid-handle", "D-6.A",
                        "a name nobody has gives STATUS_INVALID_HANDLE instead of STATUS_UNSUCCESSFUL",
                        status(Failure.NOT_FOUND, NtStatus.STATUS_INVALID_HANDLE)),
                mutant("wrong-kind-unsuccessful", "D-7.A",
                        "a name held by an event, mutex or semaphore gives STATUS_UNSUCCESSFUL",
                        status(Failure.WRONG_KIND, NtStatus.STATUS_UNSUCCESSFUL)),
                mutant("name-261-accepted", "D-8.A", "a name of 261 code units is accepted",
                        new ReferenceRules(defaults()) {
                            @Override
                            public int nameLimit() {
                                return 261;
                            }
                        }),
                mutant("malformed-name-read", "D-9.A",
                        "malformed UNICODE_STRINGs (odd lengths, Length above MaximumLength) are read leniently",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean refusesMalformedNames() {
                                return false;
                            }
                        }),
                mutant("null-name-unsuccessful", "D-10.A", "a NULL Name gives STATUS_UNSUCCESSFUL",
                        status(Failure.NAME_NULL, NtStatus.STATUS_UNSUCCESSFUL)),
                mutant("null-location-accepted", "D-11.A", "a NULL location opens a handle without a view",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean refusesNullLocation() {
                                return false;
                            }
                        }),
                mutant("out-parameters-written-on-failure", "D-11.A",
                        "a failed call writes NULL through *SharedMemoryHandle and *location",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean writesOutParametersOnFailure() {
                                return true;
                            }
                        }),
                mutant("backslash-accepted", "D-12.A", "a name with a backslash is accepted",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean isForbiddenNameCharacter(char unit) {
                                return false;
                            }
                        }),
                mutant("names-normalized", "D-13.A",
                        "canonically equivalent names (NFC) are the same name",
                        new ReferenceRules(defaults()) {
                            @Override
                            public NameKey nameKey(char[] units) {
                                return new NameKey(Normalizer.normalize(new String(units), Normalizer.Form.NFC));
                            }
                        }),
                mutant("detach-keeps-views", "D-14.C",
                        "under D-14.C, detaching leaves the views mapped through the instance mapped",
                        new ReferenceRules(readings("D-14.C")) {
                            @Override
                            public boolean detachReleasesViews() {
                                return false;
                            }
                        }),
                mutant("views-keep-object-alive", "D-15.A",
                        "a mapped view keeps the object alive after its last handle is closed",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean viewsKeepObjectAlive() {
                                return true;
                            }
                        }),
                mutant("detach-closes-handles", "D-16.B",
                        "RtkRtssDetach closes the handles opened through the instance",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean detachReclaimsHandles() {
                                return true;
                            }
                        }),
                mutant("memory-exhausted-unsuccessful", "D-17.A",
                        "exhausted memory gives STATUS_UNSUCCESSFUL instead of STATUS_NO_MEMORY",
                        status(Failure.MEMORY_EXHAUSTED, NtStatus.STATUS_UNSUCCESSFUL)),
                mutant("reopen-reuses-view", "D-18.A", "a re-open by the same caller returns its existing view",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean reusesViews() {
                                return true;
                            }
                        }),
                mutant("handle-values-reused", "D-19.A", "a closed handle's value is given to the next open",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean reusesHandleValues() {
                                return true;
                            }
                        }),
                mutant("null-close-unsuccessful", "D-19.A",
                        "RtkCloseHandle of NULL gives STATUS_UNSUCCESSFUL instead of STATUS_INVALID_PARAMETER",
                        status(Failure.CLOSE_NULL_HANDLE, NtStatus.STATUS_UNSUCCESSFUL)),
                mutant("size-high-unsuccessful", "D-21.B",
                        "a non-zero MaximumSizeHigh gives STATUS_UNSUCCESSFUL instead of STATUS_INVALID_PARAMETER",
                        status(Failure.SIZE_HIGH_NOT_ZERO, NtStatus.STATUS_UNSUCCESSFUL)),
                mutant("detached-instance-accepted", "D-22.C", "the instance of a detached caller stays valid",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean acceptsInstance(InstanceState state) {
                                return state == InstanceState.DETACHED || super.acceptsInstance(state);
                            }
                        }),
                mutant("never-issued-instance-accepted", "D-22.C", "an RtssInst no attach returned is accepted",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean acceptsInstance(InstanceState state) {
                                return state == InstanceState.NEVER_ISSUED || super.acceptsInstance(state);
                            }
                        }),
                mutant("irql-unchecked", "D-23.A", "calls above PASSIVE_LEVEL proceed as at PASSIVE_LEVEL",
                        new ReferenceRules(defaults()) {
                            @Override
                            public boolean refusesAtIrql(int irql) {
                                return false;
                            }
                        }),
                mutant("existing-create-success", "D-24.B",
                        "Create of an existing name returns STATUS_SUCCESS instead of STATUS_OBJECT_NAME_EXISTS",
                        new ReferenceRules(defaults()) {
                            @Override
                            public NtStatus existingObjectStatus() {
                                return NtStatus.STATUS_SUCCESS;
                            }
                        }));
    }

    private static Mutant mutant(String name, String violates, String description, ReferenceRules rules) {
        String id = "mutant:" + name;
        return new Mutant(id, violates, description, Optional.empty(), ReferenceBackendProvider.withRules(id, rules));
    }

    private static ReferenceRules status(Failure failure, NtStatus wrong) {
        return new ReferenceRules(defaults()) {
            @Override
            public NtStatus status(Failure refused) {
                return refused == failure ? wrong : super.status(refused);
            }
        };
    }

    static Readings defaults() {
        return Readings.defaults();
    }

    static Readings readings(String text) {
        return Readings.parse(text, "mutant readings");
    }
}
