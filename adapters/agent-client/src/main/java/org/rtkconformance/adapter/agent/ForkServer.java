package org.rtkconformance.adapter.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.rtkconformance.adapter.api.BackendFailureException;

/**
 * One agent launcher per agent command and JVM, started with {@code --fork-server} on a loopback port with a
 * fresh token (docs/agent-protocol.md §10): every caller is still its own process, forked from it instead of
 * started by the JVM, most of them ahead of need ({@link SpareCallers}). It stops when this JVM closes its stdin
 * (at exit, or when the JVM dies).
 */
final class ForkServer {

    private static final Map<List<String>, ForkServer> RUNNING = new ConcurrentHashMap<>();
    private static final long START_MILLIS = 30_000;
    /** Most scenarios start two or three callers: four ready ones cover a scenario while the next are forked. */
    static final int SPARE_CALLERS = 4;
    /** How many spares each fork server of this JVM keeps ready (0: none), for measuring what they save. */
    static final String SPARE_CALLERS_PROPERTY = "rtk.forkServer.spareCallers";

    private final Process launcher;
    private final TcpTransport transport;
    private final SpareCallers spares;

    private ForkServer(Process launcher, TcpTransport transport, int spareCallers) {
        this.launcher = launcher;
        this.transport = transport;
        this.spares = new SpareCallers(transport, spareCallers);
    }

    /** The running fork server of {@code command}, started on first use. */
    static ForkServer of(List<String> command) {
        return RUNNING.computeIfAbsent(command, key -> start(key, spareCallers()));
    }

    private static int spareCallers() {
        String text = System.getProperty(SPARE_CALLERS_PROPERTY, Integer.toString(SPARE_CALLERS)).trim();
        if (!text.matches("[0-9]{1,2}")) {
            throw new BackendFailureException("-D" + SPARE_CALLERS_PROPERTY + "=" + text
                    + ": expected the number of spare callers to keep ready, 0 to 99");
        }
        return Integer.parseInt(text);
    }

    /** A caller for a session: a ready spare named {@code prefix}, else one forked now with {@code SERVE}. */
    AgentConnection connect(String label, String prefix, Duration callTimeout) {
        AgentConnection spare = spares.take(label, prefix, callTimeout);
        return spare != null ? spare : transport.withCallTimeout(callTimeout).connect(label, prefix);
    }

    /** Its connections, for a caller asked for by hand (tests of the protocol). */
    TcpTransport transport() {
        return transport;
    }

    long launcherPid() {
        return launcher.pid();
    }

    /** Starts a fork server of {@code command} keeping {@code spareCallers} ready; {@link #of} keeps one per command. */
    static ForkServer start(List<String> command, int spareCallers) {
        Path folder = null;
        Process launcher = null;
        try {
            folder = Files.createTempDirectory("rtk-fork-server",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path tokenFile = folder.resolve("token");
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            Files.writeString(tokenFile, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
            List<String> full = new ArrayList<>(command);
            full.addAll(List.of("--fork-server", "--listen", "127.0.0.1:0", "--token-file", tokenFile.toString()));
            launcher = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int port = listeningPort(launcher, String.join(" ", full));
            TcpTransport transport = TcpTransport.configure("127.0.0.1:" + port, tokenFile.toString(), false,
                    Duration.ofMillis(AgentBackendProvider.DEFAULT_TIMEOUT_MILLIS));
            // Both sides hold the token in memory now: nothing is left on disk, even if this JVM is killed.
            deleteQuietly(folder);
            ForkServer server = new ForkServer(launcher, transport, spareCallers);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "rtk-fork-server-stop"));
            return server;
        } catch (IOException | IllegalArgumentException | BackendFailureException e) {
            if (launcher != null) {
                launcher.destroyForcibly();
            }
            deleteQuietly(folder);
            throw e instanceof BackendFailureException failure ? failure
                    : new BackendFailureException("Cannot start the agent's fork server (" + String.join(" ", command)
                            + " --fork-server ...): " + e.getMessage(), e);
        }
    }

    /** Its first line is {@code LISTENING <port>}; anything else, or nothing in time, is a failure naming it. */
    private static int listeningPort(Process launcher, String command) {
        BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = first.get(START_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BackendFailureException("The agent's fork server (" + command + ") did not say LISTENING within "
                    + START_MILLIS + " ms");
        } catch (ExecutionException e) {
            line = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            line = null;
        }
        if (line == null || !line.matches("LISTENING [1-9][0-9]{0,4}")) {
            String exit = launcher.isAlive() ? "" : " and exited with code " + waitFor(launcher);
            throw new BackendFailureException("The agent's fork server (" + command + ") answered "
                    + (line == null ? "nothing" : "'" + Hex.abbreviate(line) + "'") + exit
                    + " instead of LISTENING <port>: is it built on agents/sdk 1.0 or later?");
        }
        return Integer.parseInt(line.substring("LISTENING ".length()));
    }

    private static int waitFor(Process process) {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
            return process.exitValue();
        } catch (InterruptedException | IllegalThreadStateException e) {
            return -1;
        }
    }

    /** Stops every fork server of this JVM; the exit sweep runs after it, when no caller holds anything. */
    static void stopAll() {
        RUNNING.values().forEach(ForkServer::stop);
    }

    /**
     * Closing its stdin stops it: it SIGKILLs and reaps its callers (spare ones too), then exits. Idempotent: the
     * shutdown hook and {@link #stopAll} may both call it.
     */
    synchronized void stop() {
        if (!launcher.isAlive()) {
            return;
        }
        spares.stop();
        Farewells.awaitAll(5000); // callers ending on their own release their objects themselves
        try {
            launcher.getOutputStream().close();
            if (!launcher.waitFor(5, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            launcher.destroyForcibly();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve("token"));
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // an empty folder or a spent token, readable by this user only
        }
    }
}
