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
        if (!waitShowingProgress(child, main.getSimpleName(), log, timeoutSeconds)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IOException(main.getSimpleName() + " did not finish within " + timeoutSeconds + " s and was stopped;"
                    + " its output so far is in " + log);
        }
        return new Outcome(child.exitValue(), log);
    }

    /** How often a long child prints where it is: a console silent for minutes looks hung. */
    private static final long PROGRESS_SECONDS = 20;

    /** Waits for {@code child}, printing one line every {@value #PROGRESS_SECONDS} s with its log's latest line. */
    private static boolean waitShowingProgress(Process child, String name, Path log, long timeoutSeconds)
            throws InterruptedException {
        long started = System.nanoTime();
        long waited = 0;
        while (waited < timeoutSeconds) {
            long step = Math.min(PROGRESS_SECONDS, timeoutSeconds - waited);
            if (child.waitFor(step, TimeUnit.SECONDS)) {
                return true;
            }
            waited += step;
            System.out.println(name + ": running for " + (System.nanoTime() - started) / 1_000_000_000L + " s; "
                    + progressOf(log));
        }
        return false;
    }

    private static String progressOf(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                return "nothing logged yet";
            }
            String last = lines.get(lines.size() - 1).strip().replaceAll("\\s+", " ");
            return lines.size() + " line(s) in " + log.getFileName() + ", latest: " + (last.length() > 100 ? last.substring(0, 100) + "…" : last);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "its log is not readable yet";
        }
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
