package org.rtkconformance.adapter.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A running {@code rtk-posix-agent --listen 127.0.0.1:0} for tests: its port (from {@code LISTENING <port>}),
 * its token file, and a close that stops it (SIGTERM, then SIGKILL) and sweeps its prefix whatever happened.
 */
final class TcpLauncher implements AutoCloseable {

    final Path agent;
    final Path tokenFile;
    final String prefix;
    final Process process;
    final int port;
    private final Path stderr;

    private TcpLauncher(Path agent, Path tokenFile, String prefix, Process process, int port, Path stderr) {
        this.agent = agent;
        this.tokenFile = tokenFile;
        this.prefix = prefix;
        this.process = process;
        this.port = port;
        this.stderr = stderr;
    }

    static TcpLauncher start(Path agent, Path folder, String token) throws IOException {
        Path tokenFile = writeToken(folder.resolve("token"), token);
        String prefix = "tcpt" + Long.toHexString(ProcessHandle.current().pid());
        Path stderr = folder.resolve("launcher.stderr");
        Process process = new ProcessBuilder(agent.toString(), "--listen", "127.0.0.1:0", "--token-file",
                tokenFile.toString(), "--prefix", prefix).redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String first;
        try {
            first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            first = null;
        }
        if (first == null || !first.matches("LISTENING [1-9][0-9]*")) {
            process.destroyForcibly();
            throw new IOException("the launcher did not say LISTENING <port> but '" + first + "'; stderr: "
                    + Files.readString(stderr));
        }
        return new TcpLauncher(agent, tokenFile, prefix, process, Integer.parseInt(first.substring(10)), stderr);
    }

    static Path writeToken(Path file, String token) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    String endpoint() {
        return "127.0.0.1:" + port;
    }

    List<ProcessHandle> children() {
        return process.children().toList();
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** SIGTERM (the launcher kills its callers and sweeps); SIGKILL if it has not ended in 5 s; then a sweep. */
    @Override
    public void close() throws Exception {
        List<ProcessHandle> callers = children();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        callers.forEach(ProcessHandle::destroyForcibly);
        new ProcessBuilder(agent.toString(), "--sweep", prefix).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
    }
}
