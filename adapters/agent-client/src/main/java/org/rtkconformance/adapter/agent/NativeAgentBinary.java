package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a native agent the build bundles: an explicit path (for posix {@value #PATH_PROPERTY}), else the binary
 * the build bundled into this jar, copied once into the user's folder of unpacked files ({@link UnpackedFiles}) so
 * it can be executed. Both bundled agents run on Linux: the posix agent natively, the win32 agent under Wine.
 */
final class NativeAgentBinary {

    static final String PATH_PROPERTY = "rtk.posix.agentPath";

    /** What one bundled agent is called and where the build puts it. */
    record Bundle(String backend, String pathProperty, String resourceFolder, String binary, String sources) {
    }

    static final Bundle POSIX = new Bundle("posix", PATH_PROPERTY, "/org/rtkconformance/adapter/agent/native/",
            "rtk-posix-agent", "a C compiler");
    static final Bundle WIN32 = new Bundle("win32", "rtk.win32.agentPath",
            "/org/rtkconformance/adapter/agent/native-win32/", "rtk-win32-agent.exe", "mingw-w64");

    private final Path path;
    private final String unavailable;

    private NativeAgentBinary(Path path, String unavailable) {
        this.path = path;
        this.unavailable = unavailable;
    }

    static NativeAgentBinary locate() {
        return locate(POSIX);
    }

    static NativeAgentBinary locate(Bundle bundle) {
        String explicit = System.getProperty(bundle.pathProperty());
        if (explicit != null && !explicit.isBlank()) {
            Path given = Path.of(explicit.trim());
            // The posix agent is executed itself; the win32 agent is a file Wine's loader reads.
            boolean usable = bundle == POSIX ? Files.isExecutable(given) : Files.isRegularFile(given) && Files.isReadable(given);
            return usable ? new NativeAgentBinary(given, null) : new NativeAgentBinary(null, "-D" + bundle.pathProperty()
                    + "=" + explicit + (bundle == POSIX ? " is not an executable file" : " is not a readable file"));
        }
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return new NativeAgentBinary(null, "the " + bundle.backend() + " agent runs on Linux only (this is "
                    + System.getProperty("os.name") + ")");
        }
        try (InputStream binary = NativeAgentBinary.class.getResourceAsStream(bundle.resourceFolder() + bundle.binary())) {
            if (binary == null) {
                return new NativeAgentBinary(null, notBuiltReason(bundle));
            }
            Path target = UnpackedFiles.folder(bundle.binary(), Map.of(bundle.binary(), binary.readAllBytes()), Set.of(bundle.binary()))
                    .resolve(bundle.binary());
            return new NativeAgentBinary(target, null);
        } catch (IOException e) {
            return new NativeAgentBinary(null, "cannot unpack the bundled agent: " + e.getMessage());
        }
    }

    private static String notBuiltReason(Bundle bundle) throws IOException {
        try (InputStream note = NativeAgentBinary.class.getResourceAsStream(bundle.resourceFolder() + "UNAVAILABLE")) {
            if (note != null) {
                return "the " + bundle.backend() + " agent was not built: "
                        + new String(note.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        }
        return "the " + bundle.backend() + " agent binary is not in rtk-agent-client's jar (build it with "
                + bundle.sources() + " present: mvn -pl adapters/agent-client package, or set -D"
                + bundle.pathProperty() + "=<path>)";
    }

    Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailable);
    }
}
