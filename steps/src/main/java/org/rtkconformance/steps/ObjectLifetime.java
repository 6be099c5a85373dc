package org.rtkconformance.steps;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.ConformanceFailure;

/**
 * The statements about an object's existence and its handles, judged by behaviour first: what the
 * documented calls show (the calls' results, a probe open by a caller holding nothing, a re-creation).
 * Introspection, where the backend declares it, is a second witness that must agree; a disagreement is
 * itself a failure. The count of handles is proven in full by the drain after the scenario
 * ({@link HandleDrain}): it takes exactly that many closes until the name no longer opens.
 */
final class ObjectLifetime {

    /** The size to re-create a name at when the scenario never created it (an open of a missing name). */
    private static final long DEFAULT_SIZE = 4096;

    private final World world;
    private final NameProbe probe;

    ObjectLifetime(World world) {
        this.world = world;
        this.probe = new NameProbe(world);
    }

    /** "The object X has N open handles". */
    void judgeHandleCount(UnicodeString name, int count) {
        List<Opening> held = world.openHandlesTo(name);
        if (held.size() != count) {
            fail("the handles to " + name.describe() + " that the calls' results leave open", count + " open handle(s)",
                    held.size() + ": " + describe(held));
        }
        NameProbe.Found found = null;
        if (count > 0 && !world.hasForcedFault()) {
            found = probe.open(name);
            if (!found.opens()) {
                fail("a probe open of " + name.describe() + " while " + count + " handle(s) to it are open",
                        "the object opens", found.detail());
            }
        }
        if (world.backend().has(Capability.INTROSPECTION)) {
            Optional<ObjectInfo> seen = world.backend().introspection().lookup(name);
            String behaviour = "by the documented calls " + name.describe() + " has " + count + " open handle(s)"
                    + (found == null ? "" : " and opens");
            if (seen.isEmpty()) {
                fail("introspection lookup of " + name.describe() + " (second witness)", behaviour,
                        "the backend reports no object " + name.describe() + ", yet " + behaviour);
            }
            if (seen.get().handleCount() != count) {
                fail("introspection lookup of " + name.describe() + " (second witness)", behaviour,
                        "the backend reports " + describe(seen.get()));
            }
        }
    }

    /**
     * "The object X no longer exists" and "no object named X exists": the name does not open, and creating
     * it again gives a new, zero-filled object, at the size asked before and at another size; the harness
     * closes what it re-created, after which the name no longer opens either.
     */
    void judgeGone(UnicodeString name) {
        NameProbe.Found found = probe.open(name);
        if (found.opens()) {
            fail("a probe open of " + name.describe() + " by a caller holding nothing", "the open fails: no object "
                    + name.describe() + " exists", found.detail() + introspectionSaysGone(name));
        }
        if (!world.hasForcedFault() && name.isWellFormed()) {
            long size = world.requestedSize(name).orElse(DEFAULT_SIZE);
            for (long asked : List.of(size, NameProbe.otherSize(size))) {
                Optional<String> stale = probe.recreateFresh(name, asked);
                if (stale.isPresent()) {
                    fail("re-creating " + name.describe() + " at " + asked + " bytes once it no longer exists",
                            "a new, zero-filled object of " + asked + " bytes", stale.get());
                }
            }
            NameProbe.Found after = probe.open(name);
            if (after.opens()) {
                fail("a probe open of " + name.describe() + " after the harness closed the only handle of its re-creation",
                        "the open fails: the object is destroyed at its last close", after.detail());
            }
        }
        if (world.backend().has(Capability.INTROSPECTION)) {
            Optional<ObjectInfo> seen = world.backend().introspection().lookup(name);
            if (seen.isPresent()) {
                fail("introspection lookup of " + name.describe() + " (second witness)",
                        "no object, as the documented calls show: the name no longer opens",
                        "the backend reports " + describe(seen.get()) + ", yet the name no longer opens");
            }
        }
    }

    private String introspectionSaysGone(UnicodeString name) {
        if (!world.backend().has(Capability.INTROSPECTION)) {
            return "";
        }
        return world.backend().introspection().lookup(name).isEmpty()
                ? "; the backend reports the object destroyed, yet it still opens" : "";
    }

    private void fail(String what, String expected, String actual) {
        throw new AssertionError(ConformanceFailure.message(world.verdict(), what, expected, actual));
    }

    static String describe(List<Opening> held) {
        return held.isEmpty() ? "none" : held.stream()
                .map(o -> "driver " + o.owner().name() + "'s handle " + o.handle()).collect(Collectors.joining(", "));
    }

    static String describe(ObjectInfo info) {
        return info.kind() + " " + (info.name() == null ? "(unnamed)" : info.name().describe()) + ", " + info.size()
                + " bytes, handles=" + info.handleCount() + ", views=" + info.viewCount();
    }
}
