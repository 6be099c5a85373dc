package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Wine environment for one run: a fresh {@code WINEPREFIX} under {@code target/}, booted once, and one wine
 * server kept up for the whole run ({@code wineserver -p}, so each agent starts in about 100 ms instead of a second
 * or two). Headless: no {@code DISPLAY}, {@code WINEDEBUG=-all}, no Mono or Gecko installer. When the JVM exits the
 * server is stopped ({@code wineserver -k}) and the prefix deleted.
 */
final class WineRuntime {

    static final String LOADER_PROPERTY = "rtk.win32.wine";
    static final String PREFIX_ROOT_PROPERTY = "rtk.win32.prefixRoot";
    private static final List<String> LOADERS = List.of("/usr/lib/wine/wine64", "/usr/lib64/wine/wine64", "wine64", "wine");
    private static final List<String> SERVERS = List.of("/usr/lib/wine/wineserver64", "/usr/lib/wine/wineserver",
            "wineserver");
    private static final long BOOT_TIMEOUT_SECONDS = 180;
    private static final long SERVER_STOP_SECONDS = 15;
    private static final int DELETE_PASSES = 5;

    private final String loader;
    private final String server;
    private final Path prefix;

    private WineRuntime(String loader, String server, Path prefix) {
        this.loader = loader;
        this.server = server;
        this.prefix = prefix;
    }

    /** The loader that runs a Windows program ({@code wine64 program.exe args}). */
    String loader() {
        return loader;
    }

    Path prefix() {
        return prefix;
    }

    /** The environment every Wine process of this run gets. */
    void configure(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
        environment.put("WINEPREFIX", prefix.toString());
        environment.put("WINEDEBUG", "-all");
        environment.put("WINEDLLOVERRIDES", "mscoree,mshtml=");
    }

    /**
     * Creates and boots a prefix and starts its server.
     *
     * @throws IllegalStateException with the reason, when Wine is missing or does not boot
     */
    static WineRuntime start(String runTag) {
        String loader = find(System.getProperty(LOADER_PROPERTY, "").isBlank() ? LOADERS
                : List.of(System.getProperty(LOADER_PROPERTY).trim()))
                .orElseThrow(() -> new IllegalStateException("Wine is not installed (no " + String.join(", ", LOADERS)
                        + "; apt-get install wine wine64, or -D" + LOADER_PROPERTY + "=<loader>)"));
        String server = find(SERVERS).orElseThrow(() -> new IllegalStateException("Wine's server is not installed (no "
                + String.join(", ", SERVERS) + ")"));
        Path prefix;
        try {
            Path root = Path.of(System.getProperty(PREFIX_ROOT_PROPERTY, "target")).toAbsolutePath();
            Files.createDirectories(root);
            prefix = root.resolve("wine-" + runTag);
            deleteTree(prefix);
            Files.createDirectories(prefix);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot make a Wine prefix under -D" + PREFIX_ROOT_PROPERTY + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clearing an old Wine prefix");
        }
        WineRuntime runtime = new WineRuntime(loader, server, prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "rtk-wine-stop"));
        runtime.run(List.of(server, "-p"), "wineserver -p");
        runtime.run(List.of(loader, "wineboot", "--init"), "wineboot --init");
        return runtime;
    }

    /**
     * Runs a one-shot Wine command to its end; its output goes to a file (the services it starts keep a pipe open
     * for as long as the server runs) and is quoted when it fails.
     */
    private void run(List<String> command, String what) {
        try {
            Path log = prefix.resolve("rtk-" + what.replaceAll("[^a-z]", "") + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            configure(builder);
            Process process = builder.start();
            if (!process.waitFor(BOOT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within " + BOOT_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
                throw new IllegalStateException(what + " exited with " + process.exitValue()
                        + (text.isEmpty() ? "" : ": " + Hex.abbreviate(text)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted");
        }
    }

    /**
     * Stops the run's server (every agent left dies with it), waits for it to be gone, and deletes the prefix; never
     * throws. Waiting matters: Wine processes still finishing (wineboot's DLL installs) create and remove files in
     * the prefix until the server is down, and a delete racing them leaves the prefix behind.
     */
    void stop() {
        try {
            runServer("-k");
            runServer("-w");
            deleteTree(prefix);
        } catch (IOException | RuntimeException e) {
            System.err.println("rtk win32: could not clean up the Wine prefix " + prefix + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code wineserver <option>} for this prefix, given at most {@value #SERVER_STOP_SECONDS} s. */
    private void runServer(String option) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(server, option).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        configure(builder);
        Process process = builder.start();
        if (!process.waitFor(SERVER_STOP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Optional<String> find(List<String> candidates) {
        for (String candidate : candidates) {
            if (candidate.contains("/")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return Optional.of(candidate);
                }
                continue;
            }
            String path = System.getenv().getOrDefault("PATH", "");
            for (String folder : path.split(":")) {
                if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, candidate))) {
                    return Optional.of(Path.of(folder, candidate).toString());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Deletes a tree bottom-up, tolerating entries that vanish during the walk; a folder that gains entries meanwhile
     * is tried again on the next pass. Throws when the tree is still there after the last pass.
     */
    private static void deleteTree(Path root) throws IOException, InterruptedException {
        IOException last = null;
        for (int pass = 0; pass < DELETE_PASSES; pass++) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try {
                Files.walkFileTree(root, new TreeDeleter());
            } catch (IOException e) {
                last = e;
            }
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Thread.sleep(200);
        }
        throw last != null ? last : new IOException(root + " still exists after " + DELETE_PASSES + " passes");
    }

    /** One bottom-up deletion pass; an entry already gone is no error. */
    private static final class TreeDeleter extends SimpleFileVisitor<Path> {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
            }
            throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
                throw e;
            }
            Files.deleteIfExists(folder);
            return FileVisitResult.CONTINUE;
        }
    }
}
