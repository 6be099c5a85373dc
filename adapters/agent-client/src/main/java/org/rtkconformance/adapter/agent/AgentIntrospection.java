package org.rtkconformance.adapter.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * Introspection across processes: each live agent lists the objects it holds handles or views on (its
 * descriptors and mappings are the truth), and the counts are summed. A terminated caller holds nothing,
 * because the kernel released its descriptors; an object no live caller holds a handle to is destroyed, unless
 * the agent declares D-15.B (views hold references): then an object lives while a handle or a view of it is left.
 */
final class AgentIntrospection implements org.rtkconformance.adapter.api.Introspection {

    private final AgentBackend backend;

    AgentIntrospection(AgentBackend backend) {
        this.backend = backend;
    }

    @Override
    public Optional<ObjectInfo> lookup(UnicodeString name) {
        String wanted = new String(name.codeUnits());
        return liveObjects().stream().filter(info -> info.name() != null && info.name().text().equals(wanted))
                .findFirst();
    }

    @Override
    public List<ObjectInfo> liveObjects() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, UnicodeString> names = new LinkedHashMap<>();
        Map<String, ObjectKind> kinds = new LinkedHashMap<>();
        for (AgentCaller caller : backend.liveCallers()) {
            for (String object : caller.list().objects()) {
                merge(object, counts, names, kinds);
            }
        }
        boolean viewsKeepAlive = backend.declares("D-15.B");
        List<ObjectInfo> live = new ArrayList<>();
        counts.forEach((key, count) -> {
            // D-15.A: destroyed at the last handle close, even with views left; D-15.B: views count too.
            if (count[1] > 0 || (viewsKeepAlive && count[2] > 0)) {
                live.add(new ObjectInfo(kinds.get(key), names.get(key), count[0], (int) count[1], (int) count[2]));
            }
        });
        return live;
    }

    @Override
    public int openHandles(Caller caller) {
        return count(caller, "handles");
    }

    @Override
    public int mappedViews(Caller caller) {
        return count(caller, "views");
    }

    private int count(Caller caller, String field) {
        if (!(caller instanceof AgentCaller)) {
            throw new IllegalArgumentException("Caller '" + caller.name() + "' is not a caller of this agent backend");
        }
        if (!backend.liveCallers().contains(caller)) {
            return 0; // a terminated caller's handles and views were released by the kernel
        }
        AgentReply list = ((AgentCaller) caller).list();
        try {
            return Integer.parseInt(list.field(field));
        } catch (IllegalArgumentException e) {
            throw new BackendFailureException("The agent of caller '" + caller.name() + "' answered LIST without a usable '"
                    + field + "' count: " + Hex.abbreviate(list.line()), e);
        }
    }

    private static ObjectKind otherKind(String text) {
        return switch (text) {
            case "EVENT" -> ObjectKind.EVENT;
            case "MUTEX" -> ObjectKind.MUTEX;
            case "SEMAPHORE" -> ObjectKind.SEMAPHORE;
            default -> throw new IllegalArgumentException("unknown object kind '" + text + "'");
        };
    }

    /**
     * {@code key,sizeHex,handles,views,N<units hex>|-[,EVENT|MUTEX|SEMAPHORE]}, summed into {size, handles, views};
     * without the kind the object is shared memory.
     */
    private static void merge(String object, Map<String, long[]> counts, Map<String, UnicodeString> names,
                              Map<String, ObjectKind> kinds) {
        String[] parts = object.split(",", -1);
        if (parts.length != 5 && parts.length != 6) {
            throw new BackendFailureException("An agent listed an object in an unknown shape: " + Hex.abbreviate(object));
        }
        try {
            kinds.put(parts[0], parts.length == 5 ? ObjectKind.SHARED_MEMORY : otherKind(parts[5]));
            long[] sum = counts.computeIfAbsent(parts[0], key -> new long[3]);
            sum[0] = Hex.parseUnsigned(parts[1]);
            sum[1] += Integer.parseInt(parts[2]);
            sum[2] += Integer.parseInt(parts[3]);
            if (parts[4].startsWith("N")) {
                names.put(parts[0], UnicodeString.of(new String(Hex.parseUnits(parts[4].substring(1)))));
            }
        } catch (IllegalArgumentException e) {
            throw new BackendFailureException("An agent listed an object the client cannot decode: "
                    + Hex.abbreviate(object) + " (" + e.getMessage() + ")", e);
        }
    }
}
