package org.rtkconformance.selftest.sweep;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
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
     * Runs the mutant sweep into {@code directory} and waits for it.
     *
     * @throws IOException when the child cannot start or does not finish within {@code timeoutSeconds}
     */
    public static Outcome run(Path directory, long timeoutSeconds) throws IOException, InterruptedException {
        Files.deleteIfExists(directory.resolve(SweepReport.FILE));
        return run(MutantSweep.class, List.of(), directory, "sweep.log", timeoutSeconds);
    }

    /**
     * Runs {@code main} (whose only argument is {@code directory}) in a JVM with the dispatcher registered and
     * {@code jvmOptions} (a coverage agent), logging to {@code logName} in {@code directory}, and waits for it.
     *
     * @throws IOException when the child cannot start or does not finish within {@code timeoutSeconds}
     */
    public static Outcome run(Class<?> main, List<String> jvmOptions, Path directory, String logName, long timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path dispatch = directory.resolve("dispatch");
        Files.createDirectories(dispatch.resolve(SERVICES).getParent());
        Files.writeString(dispatch.resolve(SERVICES), SweepDispatchProvider.class.getName() + "\n", StandardCharsets.UTF_8);
        Path log = directory.resolve(logName);
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", dispatch + File.pathSeparator + classPath(),
                main.getName(), directory.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IOException(main.getSimpleName() + " did not finish within " + timeoutSeconds + " s and was stopped;"
                    + " its output so far is in " + log);
        }
        return new Outcome(child.exitValue(), log);
    }

    /**
     * This JVM's test class path: the context class loader's URLs when a plugin runs us inside Maven's JVM
     * (exec:java), otherwise {@code java.class.path} (Surefire, a plain java command).
     */
    private static String classPath() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context instanceof URLClassLoader) {
            List<String> entries = new java.util.ArrayList<>();
            for (URL url : ((URLClassLoader) context).getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException notAFile) {
                    throw new IllegalStateException("Class path entry " + url + " is not a local file", notAFile);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
