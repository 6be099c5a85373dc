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
 * Finds the Linux agent: an explicit path ({@value #PATH_PROPERTY}), else the binary the build bundled
 * into this jar, copied once into the user's folder of unpacked files ({@link UnpackedFiles}) so it can be executed.
 */
final class NativeAgentBinary {

    static final String PATH_PROPERTY = "rtk.posix.agentPath";
    private static final String RESOURCE_FOLDER = "/org/rtkconformance/adapter/agent/native/";
    private static final String BINARY = "rtk-posix-agent";

    private final Path path;
    private final String unavailable;

    private NativeAgentBinary(Path path, String unavailable) {
        this.path = path;
        this.unavailable = unavailable;
    }

    static NativeAgentBinary locate() {
        String explicit = System.getProperty(PATH_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path given = Path.of(explicit.trim());
            return Files.isExecutable(given) ? new NativeAgentBinary(given, null)
                    : new NativeAgentBinary(null, "-D" + PATH_PROPERTY + "=" + explicit + " is not an executable file");
        }
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return new NativeAgentBinary(null, "the posix agent runs on Linux only (this is "
                    + System.getProperty("os.name") + ")");
        }
        try (InputStream binary = NativeAgentBinary.class.getResourceAsStream(RESOURCE_FOLDER + BINARY)) {
            if (binary == null) {
                return new NativeAgentBinary(null, notBuiltReason());
            }
            Path target = UnpackedFiles.folder(BINARY, Map.of(BINARY, binary.readAllBytes()), Set.of(BINARY)).resolve(BINARY);
            return new NativeAgentBinary(target, null);
        } catch (IOException e) {
            return new NativeAgentBinary(null, "cannot unpack the bundled agent: " + e.getMessage());
        }
    }

    private static String notBuiltReason() throws IOException {
        try (InputStream note = NativeAgentBinary.class.getResourceAsStream(RESOURCE_FOLDER + "UNAVAILABLE")) {
            if (note != null) {
                return "the posix agent was not built: " + new String(note.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        }
        return "the posix agent binary is not in rtk-agent-client's jar (build it with mvn -pl adapters/agent-client"
                + " install, or set -D" + PATH_PROPERTY + "=<path>)";
    }

    Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailable);
    }
}
