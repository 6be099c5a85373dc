package org.rtkconformance.reports.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Drives the Chromium binary in headless mode, one fresh profile per page load so that no state carries
 * over: a DOM dump after the page's scripts ran, or a screenshot.
 */
final class HeadlessChromium {

    /** A system property naming the browser binary, for machines where it is not {@code /usr/bin/chromium}. */
    static final String EXECUTABLE_PROPERTY = "rtk.chromium";
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path workDir;
    private int runs;

    HeadlessChromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** The browser binary: {@value #EXECUTABLE_PROPERTY} if set, else the first installed candidate. */
    static Optional<Path> locate() {
        String configured = System.getProperty(EXECUTABLE_PROPERTY, "");
        if (!configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * The browser for a test class: skips the class with the reason when Chromium is missing, or fails it under
     * {@code -Drtk.require.browser=true}.
     */
    static HeadlessChromium startOrSkip(Path workDir) {
        Optional<Path> executable = locate();
        if (executable.isEmpty()) {
            String reason = "Chromium not found at " + searched() + "; install it with: apt-get install chromium";
            if (Boolean.getBoolean("rtk.require.browser")) {
                org.assertj.core.api.Assertions.fail(reason + " (required by -Drtk.require.browser=true)");
            }
            org.junit.jupiter.api.Assumptions.abort(reason);
        }
        return new HeadlessChromium(executable.get(), workDir);
    }

    /** Where {@link #locate()} looks, for the message when it finds nothing. */
    static String searched() {
        String configured = System.getProperty(EXECUTABLE_PROPERTY, "");
        return configured.isBlank() ? String.join(", ", CANDIDATES) + " (or -D" + EXECUTABLE_PROPERTY + "=<path>)"
                : configured + " (from -D" + EXECUTABLE_PROPERTY + ")";
    }

    /**
     * Loads the page once: saves a 1400x1000 screenshot to {@code png} and returns the DOM after the
     * page's scripts ran for up to ten seconds of virtual time. One launch for both, because starting
     * Chromium is most of the cost.
     */
    String screenshotAndDumpDom(URI page, Path png) {
        try {
            Files.createDirectories(png.getParent());
            Files.deleteIfExists(png);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + png + ": " + e.getMessage(), e);
        }
        String dom = run(page, List.of("--virtual-time-budget=10000", "--window-size=1400,1000",
                "--screenshot=" + png, "--dump-dom"));
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("Chromium wrote no screenshot to " + png + " for " + page);
        }
        return dom;
    }

    private String run(URI page, List<String> action) {
        int run = ++runs;
        Path profile = workDir.resolve("profile-" + run);
        Path stdout = workDir.resolve("chromium-" + run + ".out");
        Path stderr = workDir.resolve("chromium-" + run + ".log");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(action);
        command.add(page.toString());
        try {
            Files.createDirectories(profile);
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS
                        + " s opening " + page + "; its log: " + stderr);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + " opening " + page
                        + ": " + lastLines(stderr) + " (log: " + stderr + ")");
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Chromium opened " + page, e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String lastLines(Path log) throws IOException {
        // D-Bus complaints are noise in a container without a session bus.
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.contains("dbus")).toList();
        return lines.subList(Math.max(0, lines.size() - 3), lines.size()).stream().collect(Collectors.joining(" | "));
    }
}
