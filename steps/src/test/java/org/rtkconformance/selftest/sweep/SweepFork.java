package org.rtkconformance.selftest.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.rtkconformance.adapter.api.BackendProvider;

/**
 * Runs {@link MutantSweep} in a JVM of its own: the kit picks its backend once per JVM, so the sweep must
 * not share one with the real suite (whose choice and results it would otherwise disturb). The child gets
 * this JVM's class path plus a directory registering {@link SweepDispatchProvider}; its output goes to
 * {@code sweep.log} in the mutation directory.
 */
public final class SweepFork {

    /** The service registration only the sweep JVM sees. */
    static final String SERVICES = "META-INF/services/" + BackendProvider.class.getName();

    private SweepFork() {
    }

    /** What the child JVM did. */
    public record Outcome(int exitStatus, Path log) {
    }

    /**
     * Runs the sweep into {@code directory} and waits for it.
     *
     * @throws IOException when the child cannot start or does not finish within {@code timeoutSeconds}
     */
    public static Outcome run(Path directory, long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Files.deleteIfExists(directory.resolve(SweepReport.FILE));
        Path dispatch = directory.resolve("dispatch");
        Files.createDirectories(dispatch.resolve(SERVICES).getParent());
        Files.writeString(dispatch.resolve(SERVICES), SweepDispatchProvider.class.getName() + "\n", StandardCharsets.UTF_8);
        Path log = directory.resolve("sweep.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = dispatch + File.pathSeparator + System.getProperty("java.class.path");
        Process child = new ProcessBuilder(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-cp", classPath,
                MutantSweep.class.getName(), directory.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IOException("The mutant sweep did not finish within " + timeoutSeconds + " s and was stopped; its"
                    + " output so far is in " + log);
        }
        return new Outcome(child.exitValue(), log);
    }
}
