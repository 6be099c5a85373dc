package org.rtkconformance.reference.rules;

import static org.rtkconformance.adapter.api.RtkConstants.PAGE_EXECUTE_READ;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_EXECUTE_READWRITE;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_READONLY;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_READWRITE;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_WRITECOPY;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * Every decision the model makes that the page does not make for it, one overridable method each, set
 * by {@link Readings}. The model asks these methods and nothing else, so a deliberately wrong backend (a
 * mutant) is a subclass that overrides exactly one of them:
 *
 * <pre>{@code
 * ReferenceRules caseBlind = new ReferenceRules(Readings.defaults()) {
 *     public NameKey nameKey(char[] units) {
 *         return new NameKey(new String(units).toLowerCase(Locale.ROOT));
 *     }
 * };
 * BackendProvider mutant = ReferenceBackendProvider.withRules("mutant-case-blind", caseBlind);
 * }</pre>
 *
 * <p>The methods documented as stated by the page can be overridden too; that is how a mutant breaks a
 * documented statement. Each method names the ambiguity (D-n) or source key it follows.
 */
public class ReferenceRules {

    /** The page size views are aligned to and, under D-21.B, rounded up to. */
    public static final long PAGE_SIZE = 4096;

    /** The IRQL callers must run at (Requirements: PASSIVE_LEVEL). */
    private static final int PASSIVE_LEVEL = RtkConstants.PASSIVE_LEVEL;

    private static final Map<String, Set<InstanceState>> ACCEPTED_INSTANCES = Map.of(
            "A", EnumSet.of(InstanceState.NEVER_ISSUED, InstanceState.LIVE, InstanceState.DETACHED),
            "B", EnumSet.of(InstanceState.LIVE, InstanceState.DETACHED),
            "C", EnumSet.of(InstanceState.LIVE));
    private static final Map<String, IntPredicate> ACCEPTED_ACCESS = Map.of(
            "A", access -> access == RtkConstants.SHM_MAP_READ || access == SHM_MAP_WRITE,
            "B", access -> true,
            "C", access -> true);
    private static final Map<String, IntPredicate> REQUESTS_WRITE = Map.of(
            "A", access -> access == SHM_MAP_WRITE,
            "B", access -> (access & SHM_MAP_WRITE) != 0,
            "C", access -> access != RtkConstants.SHM_MAP_READ);
    private static final Map<String, Predicate<Byte>> ACCEPTED_INHERIT = Map.of(
            "A", inherit -> true,
            "B", inherit -> inherit == RtkConstants.FALSE || inherit == RtkConstants.TRUE);
    private static final Map<String, Set<Integer>> READABLE_PROTECTIONS = Map.of(
            "A", Set.of(PAGE_READWRITE, PAGE_READONLY),
            "B", Set.of(PAGE_READONLY, PAGE_READWRITE, PAGE_WRITECOPY, PAGE_EXECUTE_READ, PAGE_EXECUTE_READWRITE));
    private static final Map<String, Integer> NAME_LIMITS = Map.of(
            "A", 260, "B", 259, "C", 260, "D", 260, "E", 260, "F", 256);
    private static final ToIntFunction<char[]> CODE_UNITS = units -> units.length;
    private static final Map<String, ToIntFunction<char[]>> NAME_UNITS = Map.of(
            "A", CODE_UNITS, "B", CODE_UNITS, "C", units -> Character.codePointCount(units, 0, units.length),
            "D", CODE_UNITS, "E", CODE_UNITS, "F", CODE_UNITS);
    private static final Map<String, NtStatus> EXISTING_OBJECT = Map.of(
            "A", NtStatus.STATUS_SUCCESS, "B", NtStatus.STATUS_OBJECT_NAME_EXISTS);
    private static final Map<String, UnaryOperator<String>> NAME_FORMS = Map.of(
            "A", UnaryOperator.identity(),
            "B", name -> Normalizer.normalize(name, Normalizer.Form.NFC));
    private static final String[] NAMESPACE_PREFIXES = {"Global\\", "Local\\"};
    private static final Map<String, UnaryOperator<char[]>> NAMESPACES = Map.of(
            "A", UnaryOperator.identity(), "B", UnaryOperator.identity(), "C", ReferenceRules::stripNamespacePrefix,
            "D", UnaryOperator.identity());
    private static final IntPredicate ABOVE_PASSIVE = irql -> irql > PASSIVE_LEVEL;
    private static final Map<String, IntPredicate> REFUSED_IRQL = Map.of(
            "A", ABOVE_PASSIVE, "B", ABOVE_PASSIVE, "C", irql -> false);
    private static final Map<String, LongUnaryOperator> EXTENTS = Map.of(
            "A", LongUnaryOperator.identity(), "B", size -> (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE);

    private final Readings readings;
    private final Map<Failure, NtStatus> statuses;
    private final IntPredicate writableView;
    private final BiPredicate<Integer, Integer> protectionCheck;

    /** The rules of {@code readings}. */
    public ReferenceRules(Readings readings) {
        this.readings = Objects.requireNonNull(readings, "readings");
        this.statuses = StatusTable.of(readings);
        // Method references, not copies: a subclass's requestsWrite or trackedProtectionAllows still decides.
        this.writableView = Map.<String, IntPredicate>of("A", access -> true, "B", this::requestsWrite)
                .get(readings.choice(Ambiguity.D_1));
        this.protectionCheck = Map.<String, BiPredicate<Integer, Integer>>of("A", (protect, access) -> true,
                "B", this::trackedProtectionAllows).get(readings.choice(Ambiguity.D_3));
    }

    /** The rules of the default readings. */
    public static ReferenceRules defaults() {
        return new ReferenceRules(Readings.defaults());
    }

    /** The readings these rules follow, which the manifest declares. */
    public Readings readings() {
        return readings;
    }

    /** Whether the reading of {@code ambiguity} is one of {@code letters}. */
    private boolean is(Ambiguity ambiguity, String... letters) {
        return Arrays.asList(letters).contains(readings.choice(ambiguity));
    }

    // ---- what the backend declares

    /** Every capability but NATIVE_HEADER; UNMAP only when the unmap call exists (D-14.B). */
    public Set<Capability> capabilities() {
        Set<Capability> capabilities = EnumSet.complementOf(EnumSet.of(Capability.NATIVE_HEADER));
        if (!hasUnmap()) {
            capabilities.remove(Capability.UNMAP);
        }
        return capabilities;
    }

    // ---- statuses

    /** The status a call refused for {@code failure} returns (see {@link Failure} for the source of each). */
    public NtStatus status(Failure failure) {
        return statuses.get(failure);
    }

    /** What RtkCreateSharedMemory returns when it opens an existing object of the name (D-24). */
    public NtStatus existingObjectStatus() {
        return EXISTING_OBJECT.get(readings.choice(Ambiguity.D_24));
    }

    // ---- instances and IRQL

    /** Whether an RtssInst in {@code state} is valid (D-22). */
    public boolean acceptsInstance(InstanceState state) {
        return ACCEPTED_INSTANCES.get(readings.choice(Ambiguity.D_22)).contains(state);
    }

    /** Whether RtkRtssAttach accepts {@code maxWfso}, a raw ULONG: at least 1 [S9][H1]. */
    public boolean acceptsMaxWfso(int maxWfso) {
        return maxWfso != 0;
    }

    /** Whether a call made at {@code irql} is refused (D-23); every call above PASSIVE_LEVEL is recorded anyway. */
    public boolean refusesAtIrql(int irql) {
        return REFUSED_IRQL.get(readings.choice(Ambiguity.D_23)).test(irql);
    }

    // ---- pointers (D-11)

    /** Whether a NULL location is refused; otherwise the handle is opened with nothing mapped (D-11). */
    public boolean refusesNullLocation() {
        return is(Ambiguity.D_11, "A", "D");
    }

    /** Whether a failed call writes NULL through its non-NULL out-pointers (D-11.D) or leaves them untouched. */
    public boolean writesOutParametersOnFailure() {
        return is(Ambiguity.D_11, "D");
    }

    // ---- access (D-1 to D-5)

    /** Whether Open accepts {@code desiredAccess}, a raw ULONG (D-4). */
    public boolean acceptsDesiredAccess(int desiredAccess) {
        return ACCEPTED_ACCESS.get(readings.choice(Ambiguity.D_4)).test(desiredAccess);
    }

    /** Whether {@code desiredAccess} asks for write access: SHM_MAP_WRITE does, SHM_MAP_READ does not, others per D-4. */
    public boolean requestsWrite(int desiredAccess) {
        return REQUESTS_WRITE.get(readings.choice(Ambiguity.D_4)).test(desiredAccess);
    }

    /** Whether Open with {@code desiredAccess} maps a writable view (D-1). */
    public boolean mapsWritableView(int desiredAccess) {
        return writableView.test(desiredAccess);
    }

    /** Whether the view RtkCreateSharedMemory maps is writable: its handle has read and write access [S4]. */
    public boolean creatorViewWritable() {
        return true;
    }

    /** Whether Open accepts {@code inheritHandle}, a raw BOOLEAN byte (D-5). */
    public boolean acceptsInheritHandle(byte inheritHandle) {
        return ACCEPTED_INHERIT.get(readings.choice(Ambiguity.D_5)).test(inheritHandle);
    }

    /** Whether an object created with {@code protect} may be opened with {@code desiredAccess} (D-3, D-2). */
    public boolean protectionAllows(int protect, int desiredAccess) {
        return protectionCheck.test(protect, desiredAccess);
    }

    /**
     * Whether the kept creation protection allows the access (D-3.B): SHM_MAP_WRITE needs PAGE_READWRITE, a
     * read a protection D-2 counts as readable [S1].
     */
    public boolean trackedProtectionAllows(int protect, int desiredAccess) {
        return requestsWrite(desiredAccess) ? protect == PAGE_READWRITE
                : READABLE_PROTECTIONS.get(readings.choice(Ambiguity.D_2)).contains(protect);
    }

    // ---- names (D-8, D-9, D-10, D-12, D-13)

    /** What Open makes of {@code name} ({@code null}: a NULL Name). */
    public NameVerdict openName(UnicodeString name) {
        return name == null ? NameVerdict.refused(Failure.NAME_NULL) : NameChecks.check(this, name, false);
    }

    /** What Create makes of {@code name} ({@code null}: a NULL Name, an unnamed object [S4]). */
    public NameVerdict createName(UnicodeString name) {
        return name == null ? NameVerdict.unnamed() : NameChecks.check(this, name, true);
    }

    /** Whether the UNICODE_STRING's lengths are malformed: odd, Length above MaximumLength, or a NULL Buffer with Length > 0. */
    public boolean isMalformed(UnicodeString name) {
        return name.hasNullBuffer() ? name.length() > 0 : !name.isWellFormed();
    }

    /** Whether malformed strings are refused (D-9.A, D-9.C) rather than read leniently (D-9.B). */
    public boolean refusesMalformedNames() {
        return is(Ambiguity.D_9, "A", "C");
    }

    /** Whether an empty name on Create makes an unnamed object (D-9.B, D-9.C) rather than being refused. */
    public boolean createsUnnamedForEmptyName() {
        return is(Ambiguity.D_9, "B", "C");
    }

    /** The length of a name in the unit the limit counts (D-8): code units, or code points under D-8.C. */
    public int nameLength(char[] units) {
        return NAME_UNITS.get(readings.choice(Ambiguity.D_8)).applyAsInt(units);
    }

    /** The longest name allowed (D-8). */
    public int nameLimit() {
        return NAME_LIMITS.get(readings.choice(Ambiguity.D_8));
    }

    /** Whether a longer name is truncated to {@link #nameLimit()} code units (D-8.E) rather than refused. */
    public boolean truncatesLongNames() {
        return is(Ambiguity.D_8, "E");
    }

    /** The name with a Win32 namespace prefix removed (D-12.C); unchanged under other readings. */
    public char[] withoutNamespacePrefix(char[] units) {
        return NAMESPACES.get(readings.choice(Ambiguity.D_12)).apply(units);
    }

    private static char[] stripNamespacePrefix(char[] units) {
        String name = new String(units);
        for (String prefix : NAMESPACE_PREFIXES) {
            if (name.startsWith(prefix)) {
                return Arrays.copyOfRange(units, prefix.length(), units.length);
            }
        }
        return units;
    }

    /** Whether {@code unit} may not appear in a name: the backslash [S1]. */
    public boolean isForbiddenNameCharacter(char unit) {
        return unit == '\\';
    }

    /** The comparison key of a name (case-sensitive [S1]; D-13 for normalization). */
    public NameKey nameKey(char[] units) {
        return new NameKey(NAME_FORMS.get(readings.choice(Ambiguity.D_13)).apply(new String(units)));
    }

    // ---- views and lifetime (D-14 to D-19, D-21)

    /** Whether RtkUnMapSharedMemory exists (D-14.B). */
    public boolean hasUnmap() {
        return is(Ambiguity.D_14, "B");
    }

    /** Whether RtkCloseHandle releases the view the handle's open mapped (D-14.A). */
    public boolean closeReleasesView() {
        return is(Ambiguity.D_14, "A");
    }

    /** Whether detaching an instance releases the views mapped through it (D-14.C, D-16.A). */
    public boolean detachReleasesViews() {
        return is(Ambiguity.D_14, "C") || detachReclaimsHandles();
    }

    /** Whether views keep their object alive after its last handle closes (D-15.B). */
    public boolean viewsKeepObjectAlive() {
        return is(Ambiguity.D_15, "B");
    }

    /** Whether RtkCloseHandle is refused while the handle's view is mapped (D-15.C). */
    public boolean closeRefusedWhileViewMapped() {
        return is(Ambiguity.D_15, "C");
    }

    /** Whether RtkRtssDetach closes the handles opened through the instance (D-16.A). */
    public boolean detachReclaimsHandles() {
        return is(Ambiguity.D_16, "A");
    }

    /** Whether terminating a caller closes its handles and unmaps its views (the Remarks; D-16.D: never). */
    public boolean terminationReclaims() {
        return is(Ambiguity.D_16, "A", "B", "C");
    }

    /** Whether a subsystem shutdown (RTSS_STOPPED) reclaims every caller's handles and views (D-16.C). */
    public boolean shutdownReclaims() {
        return is(Ambiguity.D_16, "C");
    }

    /** Whether a re-open returns the caller's existing view with the same protection (D-18.B). */
    public boolean reusesViews() {
        return is(Ambiguity.D_18, "B");
    }

    /** Whether handle values are reused after a close (D-19.B). */
    public boolean reusesHandleValues() {
        return is(Ambiguity.D_19, "B");
    }

    /** The bytes a view of an object of {@code size} bytes reaches, and the memory the object takes (D-21). */
    public long extent(long size) {
        return EXTENTS.get(readings.choice(Ambiguity.D_21)).applyAsLong(size);
    }
}
