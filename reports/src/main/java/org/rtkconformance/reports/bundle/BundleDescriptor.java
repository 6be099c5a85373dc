package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rtkconformance.reports.results.Backend;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.RunVerdict;

import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code bundle.json}: everything in it but {@code createdAt} and {@code kitJarSha256} follows from the other
 * entries (the backend manifest the results recorded from HELLO, the verdict judged from them, the catalog's
 * hash, the command), so certify writes it from them and validate builds it again to compare.
 */
final class BundleDescriptor {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The facts that cannot be re-derived from the other entries: when, and by which kit jar. */
    record Stamp(String createdAt, Optional<String> kitJarSha256) {
    }

    private BundleDescriptor() {
    }

    static ObjectNode of(RunResults results, byte[] catalog, boolean hasExpectations, RunVerdict verdict,
                         String command, Stamp stamp) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", BundleLayout.FORMAT);
        root.put("createdAt", stamp.createdAt());
        root.put("kitVersion", results.kitVersion());
        root.put("kitJarSha256", stamp.kitJarSha256().orElse(null));
        root.put("catalogSha256", Sha256.of(catalog));
        Backend backend = results.backend();
        ObjectNode b = root.putObject("backend");
        b.put("id", backend.id()).put("vendor", backend.vendor()).put("product", backend.product())
                .put("version", backend.version()).put("apiVersion", backend.apiVersion());
        backend.capabilities().forEach(b.putArray("capabilities")::add);
        ObjectNode readings = b.putObject("readings");
        new TreeMap<>(backend.readings()).forEach(readings::put);
        root.put("runId", results.runId());
        root.put("expectations", hasExpectations ? BundleLayout.EXPECTATIONS : null);
        root.put("certification", verdict.certification());
        root.put("verdict", verdict.title());
        ObjectNode profiles = root.putObject("profiles");
        verdict.profiles().forEach(p -> profiles.put(p.profile().title(), p.status().name()));
        root.put("judgedOn", verdict.judgedOn().toString());
        root.put("command", command.strip());
        return root;
    }

    static String text(ObjectNode descriptor) {
        try {
            return JSON.writeValueAsString(descriptor) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + BundleLayout.DESCRIPTOR, e);
        }
    }

    /** What a field of bundle.json is derived from, for the message when it differs. */
    static String sourceOf(String path) {
        if (path.startsWith("backend")) {
            return "the backend manifest recorded in the results (HELLO)";
        }
        if (path.startsWith("profiles") || path.equals("verdict") || path.equals("certification") || path.equals("judgedOn")) {
            return "the verdict judged again from the bundled results";
        }
        return switch (path) {
            case "catalogSha256" -> "the SHA-256 of " + BundleLayout.CATALOG;
            case "command" -> "the command the results record";
            case "kitVersion", "runId" -> BundleLayout.RESULTS;
            case "expectations" -> "the bundle's entries";
            default -> "what this kit writes";
        };
    }
}
