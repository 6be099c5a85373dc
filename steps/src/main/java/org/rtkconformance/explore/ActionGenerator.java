package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.Capability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the next action of a sequence from a seeded {@link SplittableRandom}, guided by the reference's
 * bookkeeping (which caller holds which handle and view) so most actions reach a live object. Only actions
 * whose capabilities the backend declares are drawn. The same seed and the same reference give the same
 * sequence, which is what makes a finding replayable.
 */
final class ActionGenerator {

    private static final long[] SIZES = {4096, 4096, 4096, 1, 100, 4097, 8192, 65536, 0};
    /**
     * Offsets of 8-byte accesses: inside the first page, and across its end (one view of 4 KiB or less ends
     * there). Nothing further: an address a whole page past a view may be another view of the process, which
     * C allows, so what it shows is not the view's extent.
     */
    private static final long[] OFFSETS = {0, 0, 100, 4088, 4092};
    private static final String[] PROTECTIONS = {"PAGE_READWRITE", "PAGE_READONLY", "PAGE_WRITECOPY", "PAGE_EXECUTE_READ",
        "PAGE_NOACCESS", "0x0"};
    private static final String[] IRQLS = {"APC_LEVEL", "DISPATCH_LEVEL", "PASSIVE_LEVEL"};
    private static final String[] FAULTS = {"memory exhaustion", "a stopped RTSS", "an internal failure"};
    /** Lengths that disagree with the 12-byte buffer "Alpha" + NUL: odd, beyond MaximumLength, shorter, empty. */
    private static final long[][] RAW_LENGTHS = {{9, 12}, {10, 8}, {8, 12}, {0, 12}, {4, 12}, {0, 0}, {10, 12}};
    private static final int[] ACCESSES = {1, 2, 1, 2, 3, 0, 4, 6, 0x80000002};
    private static final long[] INHERIT = {0, 1, 2, 0xFF};
    private static final String[] KINDS = {"event", "mutex", "semaphore"};

    private final SplittableRandom random;
    private final Set<Capability> capabilities;
    private final List<String> callers;
    private final List<String> names;
    private int written;

    ActionGenerator(long seed, Set<Capability> capabilities) {
        this.random = new SplittableRandom(seed);
        this.capabilities = capabilities;
        int count = capabilities.contains(Capability.MULTIPLE_CALLERS) ? 2 + random.nextInt(3) : 1;
        List<String> drawn = new ArrayList<>(List.of("A", "B", "C", "D").subList(0, count));
        if (count > 1 && capabilities.contains(Capability.ATTACH_EX) && random.nextInt(3) == 0) {
            drawn.set(count - 1, ScriptRunner.ATTACHED_EX);
        }
        this.callers = List.copyOf(drawn);
        this.names = NameClasses.pool(random);
    }

    /** The drivers of this sequence. */
    List<String> callers() {
        return callers;
    }

    /** The next action; {@code model} is the reference's bookkeeping so far. */
    Action next(ScriptRunner model) {
        List<String> alive = new ArrayList<>();
        callers.stream().filter(model::alive).forEach(alive::add);
        String caller = alive.isEmpty() ? callers.get(0) : alive.get(random.nextInt(alive.size()));
        String name = names.get(random.nextInt(names.size()));
        int roll = random.nextInt(100);
        if (roll < 16) {
            return Action.of(Action.Kind.CREATE, caller, name).withNumber(pick(SIZES));
        }
        if (roll < 36) {
            return Action.of(Action.Kind.OPEN, caller, name).withAccess(random.nextInt(4) == 0 ? pick(ACCESSES)
                    : 1 + random.nextInt(2));
        }
        if (roll < 60 && capabilities.contains(Capability.VIEW_ACCESS)) {
            return memory(model, caller, name);
        }
        if (roll < 74) {
            return close(model, caller, name);
        }
        if (roll < 80 && capabilities.contains(Capability.UNMAP)) {
            String held = heldView(model, caller, name);
            return Action.of(random.nextInt(5) == 0 ? Action.Kind.UNMAP_AGAIN : Action.Kind.UNMAP, caller, held);
        }
        if (roll < 90) {
            return unusualOpen(caller, name);
        }
        if (roll < 95) {
            return unusualCreate(caller, name);
        }
        if (roll == 95) {
            return harness(caller, name);
        }
        if (roll < 98 && capabilities.contains(Capability.CALLER_TERMINATION) && alive.size() > 1) {
            return Action.of(Action.Kind.TERMINATE, caller, null);
        }
        return Action.of(Action.Kind.DETACH, caller, null);
    }

    private Action memory(ScriptRunner model, String caller, String name) {
        String held = heldView(model, caller, name);
        long offset = OFFSETS[random.nextInt(OFFSETS.length)];
        if (random.nextBoolean()) {
            written++;
            return Action.of(Action.Kind.WRITE, caller, held).withNumber(offset)
                    .withText(String.format(java.util.Locale.ROOT, "w%07d", written));
        }
        return Action.of(Action.Kind.READ, caller, held).withNumber(offset).withExtra(8);
    }

    private Action close(ScriptRunner model, String caller, String name) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return Action.of(Action.Kind.CLOSE_NULL, caller, null);
        }
        if (roll == 1) {
            return Action.of(Action.Kind.CLOSE_AGAIN, caller, null);
        }
        String held = name;
        for (String candidate : names) {
            if (model.holdsHandle(caller, candidate) && (held == name || random.nextBoolean())) {
                held = candidate;
            }
        }
        return Action.of(Action.Kind.CLOSE, caller, held);
    }

    /** A name {@code caller} has a mapped view of, preferring {@code name}; {@code name} when it has none. */
    private String heldView(ScriptRunner model, String caller, String name) {
        if (model.holdsView(caller, name)) {
            return name;
        }
        for (String candidate : names) {
            if (model.holdsView(caller, candidate)) {
                return candidate;
            }
        }
        return name;
    }

    private Action unusualOpen(String caller, String name) {
        int access = random.nextBoolean() ? 2 : pick(ACCESSES);
        switch (random.nextInt(10)) {
            case 0:
                return Action.of(Action.Kind.OPEN_INHERIT, caller, name).withAccess(access).withNumber(pick(INHERIT));
            case 1:
                return Action.of(Action.Kind.OPEN_NULL_HANDLE, caller, name).withAccess(access);
            case 2:
                return Action.of(Action.Kind.OPEN_NULL_LOCATION, caller, name).withAccess(access);
            case 3:
                return Action.of(Action.Kind.OPEN_NULL_NAME, caller, null).withAccess(access);
            case 4:
                return Action.of(Action.Kind.OPEN_UNTERMINATED, caller, name).withAccess(access);
            case 5: {
                long[] chosen = RAW_LENGTHS[random.nextInt(RAW_LENGTHS.length)];
                return Action.of(Action.Kind.OPEN_MALFORMED, caller, null).withAccess(access).withText("Alpha{U+0000}")
                        .withNumber(chosen[0]).withExtra(chosen[1]);
            }
            case 6:
                return Action.of(Action.Kind.OPEN_NULL_BUFFER, caller, null).withAccess(access)
                        .withNumber(random.nextBoolean() ? 0 : 10).withExtra(12);
            case 7:
                return Action.of(Action.Kind.OPEN_INSTANCE, caller, name).withAccess(access).withNumber(0);
            case 8:
                return Action.of(Action.Kind.OPEN_OTHERS_INSTANCE, caller, name).withAccess(access)
                        .withText(callers.get(random.nextInt(callers.size())));
            default:
                return Action.of(Action.Kind.OPEN_NEVER_ISSUED_INSTANCE, caller, name).withAccess(access);
        }
    }

    /** Harness steps: the IRQL, a forced fault, the distinct addresses of a caller's views. */
    private Action harness(String caller, String name) {
        int roll = random.nextInt(3);
        if (roll == 0 && capabilities.contains(Capability.IRQL_CONTROL)) {
            return Action.of(Action.Kind.RUN_AT_IRQL, caller, null).withText(IRQLS[random.nextInt(IRQLS.length)]);
        }
        if (roll == 1 && capabilities.contains(Capability.FAULT_INJECTION)) {
            return Action.of(Action.Kind.FORCE_FAULT, caller, null).withText(FAULTS[random.nextInt(FAULTS.length)]);
        }
        return Action.of(Action.Kind.VIEW_ADDRESSES, caller, name);
    }

    private Action unusualCreate(String caller, String name) {
        int roll = random.nextInt(8);
        if (roll == 5) {
            return Action.of(Action.Kind.CREATE_PROTECTED, caller, name).withNumber(4096)
                    .withText(PROTECTIONS[random.nextInt(PROTECTIONS.length)]);
        }
        if (roll == 6) {
            long[] lengths = RAW_LENGTHS[random.nextInt(RAW_LENGTHS.length)];
            return Action.of(Action.Kind.CREATE_RAW_NAME, caller, null).withText("Alpha{U+0000}").withNumber(lengths[0])
                    .withExtra(lengths[1]);
        }
        if (roll == 7) {
            return Action.of(Action.Kind.VIEW_ADDRESSES, caller, name);
        }
        switch (roll) {
            case 0:
                return Action.of(Action.Kind.CREATE_UNNAMED, caller, null).withNumber(4096);
            case 1:
                return Action.of(Action.Kind.CREATE_SIZE_HIGH, caller, name).withNumber(4096).withExtra(1);
            case 2:
                return Action.of(Action.Kind.CREATE_NULL_HANDLE, caller, name).withNumber(4096);
            case 3:
                return Action.of(Action.Kind.CREATE_NULL_LOCATION, caller, name).withNumber(4096);
            default:
                return capabilities.contains(Capability.NAMED_OBJECTS_OF_OTHER_KINDS)
                        ? Action.of(Action.Kind.CREATE_OTHER_KIND, caller, name).withText(KINDS[random.nextInt(KINDS.length)])
                        : Action.of(Action.Kind.CREATE, caller, name).withNumber(4096);
        }
    }

    private long pick(long[] values) {
        return values[random.nextInt(values.length)];
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }
}
