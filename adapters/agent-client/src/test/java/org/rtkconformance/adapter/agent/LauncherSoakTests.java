package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TCP launcher under load, loopback only and bounded in count and time: silent and garbage clients mixed
 * with real ones never delay the real ones by a handshake timeout, and afterwards the launcher holds no extra
 * descriptor, no caller process and nothing in /dev/shm.
 */
@Timeout(60)
class LauncherSoakTests {

    private static final String TOKEN = "soak-" + Long.toHexString(System.nanoTime());
    private static final int SILENT = 20;
    private static final int GARBAGE = 20;
    private static final int REAL = 20;
    /** Well under the launcher's 5 s handshake limit: a real client waiting behind a silent one would exceed it. */
    private static final long REAL_CLIENT_LIMIT_MILLIS = 4000;

    @TempDir
    Path folder;

    @Test
    void silent_and_garbage_clients_never_delay_real_ones_and_nothing_leaks() throws Exception {
        NativeAgentBinary binary = NativeAgentBinary.locate();
        assumeTrue(binary.path().isPresent(), () -> "posix agent unavailable: " + binary.unavailableReason());
        try (TcpLauncher launcher = TcpLauncher.start(binary.path().orElseThrow(), folder, TOKEN)) {
            long pid = launcher.process.pid();
            int descriptorsBefore = descriptors(pid);
            List<Socket> silent = new ArrayList<>();
            for (int i = 0; i < SILENT; i++) {
                silent.add(connect(launcher.port)); // they say nothing: each holds a handshake slot, not the launcher
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> garbage = new ArrayList<>();
                List<Future<Long>> real = new ArrayList<>();
                for (int i = 0; i < Math.max(GARBAGE, REAL); i++) {
                    int n = i;
                    if (i < GARBAGE) {
                        garbage.add(pool.submit(() -> garbageClient(launcher.port, n)));
                    }
                    if (i < REAL) {
                        real.add(pool.submit(() -> realClient(launcher.port, "s" + n)));
                    }
                }
                for (Future<Long> client : real) {
                    assertThat(client.get(30, TimeUnit.SECONDS)).as("a real client's whole session, ms")
                            .isLessThan(REAL_CLIENT_LIMIT_MILLIS);
                }
                for (Future<String> client : garbage) {
                    assertThat(client.get(30, TimeUnit.SECONDS)).startsWith("ERR - ");
                }
            } finally {
                pool.shutdownNow();
                for (Socket socket : silent) {
                    socket.close();
                }
            }
            // The launcher notices the closed silent clients at once; give its loop a moment, then count.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((descriptors(pid) > descriptorsBefore || !launcher.children().isEmpty())
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(descriptors(pid)).as("the launcher's open descriptors").isEqualTo(descriptorsBefore);
            assertThat(launcher.children()).as("caller processes left").isEmpty();
            assertThat(entriesUnder(launcher.prefix)).as("/dev/shm under the launcher's prefix").isEmpty();
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(20_000);
        return socket;
    }

    /** A full session: handshake, HELLO, a create and close of a named object, BYE; returns its duration. */
    private static long realClient(int port, String prefix) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = connect(port)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("TOKEN " + TOKEN + "\nSERVE " + prefix + "\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(line(in)).startsWith("PID ");
            out.write("1 HELLO rtk-agent/1\n2 ATTACH 1\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(line(in)).startsWith("1 HELLO ");
            String attached = line(in);
            String inst = attached.substring(attached.indexOf("inst=") + 5);
            out.write(("3 CREATE " + inst + " 1 4 0 1000 4:4:00410042 1\n").getBytes(StandardCharsets.US_ASCII));
            String created = line(in);
            assertThat(created).startsWith("3 OK status=00000000");
            String handle = created.substring(created.indexOf("handle=") + 7, created.indexOf(" location="));
            out.write(("4 CLOSE " + inst + " " + handle + "\n5 BYE\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(line(in)).startsWith("4 OK status=00000000");
            assertThat(line(in)).isEqualTo("5 OK");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** One of several kinds of bad input; returns the launcher's answer. */
    private static String garbageClient(int port, int kind) throws IOException {
        String[] inputs = {"\u0001\u0002binary\n", "TOKEN wrong\n", "X".repeat(1000) + "\n", "TOKEN " + TOKEN + "\nKILL 1\n",
            "TOKEN " + TOKEN + "\nSERVE ../x\n"};
        try (Socket socket = connect(port)) {
            socket.getOutputStream().write(inputs[kind % inputs.length].getBytes(StandardCharsets.ISO_8859_1));
            return line(socket.getInputStream());
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection ended after '" + text + "'");
            }
            text.append((char) c);
        }
        return text.toString();
    }

    private static int descriptors(long pid) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return (int) entries.count();
        }
    }

    private static List<String> entriesUnder(String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/dev/shm"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rtk." + prefix + ".")).toList();
        }
    }
}
