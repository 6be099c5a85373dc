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
 * because the kernel released its descriptors; an object no live caller holds a handle to is destroyed.
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
        for (AgentCaller caller : backend.liveCallers()) {
            for (String object : caller.list().objects()) {
                merge(object, counts, names);
            }
        }
        List<ObjectInfo> live = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count[1] > 0) { // destroyed at the last handle close, even with views left (D-15.A)
                live.add(new ObjectInfo(ObjectKind.SHARED_MEMORY, names.get(key), count[0], (int) count[1],
                        (int) count[2]));
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

    /** {@code key,sizeHex,handles,views,N<units hex>|-}, summed into {size, handles, views}. */
    private static void merge(String object, Map<String, long[]> counts, Map<String, UnicodeString> names) {
        String[] parts = object.split(",", -1);
        if (parts.length != 5) {
            throw new BackendFailureException("An agent listed an object in an unknown shape: " + Hex.abbreviate(object));
        }
        try {
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
