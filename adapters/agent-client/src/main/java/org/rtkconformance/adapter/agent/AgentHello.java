package org.rtkconformance.adapter.agent;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.Reading;

/** Turns an agent's HELLO reply into the manifest the kit sees. */
final class AgentHello {

    /** Capabilities this client cannot carry over the protocol, whatever an agent declares. */
    private static final Set<Capability> NOT_CARRIED = EnumSet.of(
            // The shutdown routine would be a callback from the agent into the JVM: rtk-agent/1 has none.
            Capability.ATTACH_EX,
            // A header and library are files of the provider's build, not something a line can hand over:
            // the provider adds NATIVE_HEADER itself when it ships them (AgentBackendProvider.nativeInterface).
            Capability.NATIVE_HEADER);

    private AgentHello() {
    }

    /**
     * @param id the provider's id, which the kit selects it by
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    static BackendManifest manifest(String id, AgentReply hello) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (String name : list(hello.field("caps"))) {
            try {
                capabilities.add(Capability.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the agent declares an unknown capability '" + name + "'; known: "
                        + java.util.Arrays.toString(Capability.values()));
            }
        }
        capabilities.removeAll(NOT_CARRIED);
        Map<String, Reading> readings = new LinkedHashMap<>();
        for (String text : list(hello.field("readings"))) {
            Reading reading = Reading.parse(text);
            if (readings.put(reading.ambiguity(), reading) != null) {
                throw new IllegalArgumentException("the agent declares two readings of " + reading.ambiguity());
            }
        }
        return new BackendManifest(id, PercentText.decode(hello.field("vendor")),
                PercentText.decode(hello.field("product")), PercentText.decode(hello.field("version")),
                ApiVersion.parse(hello.field("api")), capabilities, readings);
    }

    private static java.util.List<String> list(String field) {
        return field.equals("-") ? java.util.List.of() : java.util.List.of(field.split(","));
    }
}
