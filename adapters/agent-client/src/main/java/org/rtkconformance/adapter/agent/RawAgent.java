package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An agent process driven with raw bytes, for the protocol check: it must send what the client never would. */
final class RawAgent implements AutoCloseable {

    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    RawAgent(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        stdin = process.getOutputStream();
        Thread pump = new Thread(() -> {
            BoundedLineReader reader = new BoundedLineReader(process.getInputStream(), 8 << 20);
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the test sees the missing reply
            }
        }, "raw-agent-stdout");
        pump.setDaemon(true);
        pump.start();
    }

    void sendBytes(byte[] bytes) throws IOException {
        stdin.write(bytes);
        stdin.flush();
    }

    void send(String line) throws IOException {
        sendBytes((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The next reply line, or null after {@code millis}. */
    String next(long millis) throws InterruptedException {
        return lines.poll(millis, TimeUnit.MILLISECONDS);
    }

    String exchange(String line) throws IOException, InterruptedException {
        send(line);
        return next(5000);
    }

    void closeInput() throws IOException {
        stdin.close();
    }

    /** The exit code, waiting up to {@code millis}; -1 when it is still running. */
    int exitCode(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
