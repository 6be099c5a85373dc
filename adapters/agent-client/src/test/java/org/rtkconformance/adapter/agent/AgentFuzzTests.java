package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Linux agent built with AddressSanitizer and UBSan, fed a million seeded random and mutated request lines:
 * every line gets exactly one reply, nothing crashes or hangs, and at the end of input the agent exits 0 with
 * no sanitizer report (LeakSanitizer runs at exit) and no object left in /dev/shm. Run with -Pagent-fuzz;
 * {@code -Drtk.fuzz.seed} replays a run, {@code -Drtk.fuzz.lines} sets its length.
 */
@Tag("fuzz")
class AgentFuzzTests {

    private static final int BATCH = 64;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void a_million_hostile_lines_neither_crash_hang_nor_leak() throws Exception {
        Path binary = Path.of(System.getProperty("rtk.agent.sanitizedBinary", "target/agent-sanitized/rtk-posix-agent"));
        assumeTrue(Files.isExecutable(binary), "no sanitized agent at " + binary);
        long seed = Long.getLong("rtk.fuzz.seed", System.nanoTime());
        long lines = Long.getLong("rtk.fuzz.lines", 1_000_000);
        System.out.println("agent fuzz: seed=" + seed + " lines=" + lines + " (replay with -Drtk.fuzz.seed=" + seed + ")");
        String prefix = "fuzz" + Long.toHexString(ProcessHandle.current().pid());
        Path stderr = Files.createTempFile("rtk-agent-fuzz", ".stderr");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "--prefix", prefix)
                .redirectError(stderr.toFile());
        builder.environment().put("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0:exitcode=86");
        builder.environment().put("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1:exitcode=87");
        Process agent = builder.start();
        ProtocolLineGenerator generator = new ProtocolLineGenerator(seed);
        long started = System.nanoTime();
        long replies = 0;
        List<String> lastBatch = new java.util.ArrayList<>();
        long errors = 0;
        long successes = 0;
        long faults = 0;
        java.util.Map<String, Long> details = new java.util.TreeMap<>();
        java.util.concurrent.BlockingQueue<String> queue = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> pumpLines(agent.getInputStream(), queue), "fuzz-replies");
        pump.setDaemon(true);
        pump.start();
        try (OutputStream in = new BufferedOutputStream(agent.getOutputStream(), 1 << 16)) {
            in.write("0 HELLO rtk-agent/1\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
            assertThat(readWithin(queue, agent, 10_000, seed, lastBatch)).startsWith("0 HELLO");
            for (long sent = 0; sent < lines; sent += BATCH) {
                int batch = (int) Math.min(BATCH, lines - sent);
                lastBatch.clear();
                for (int i = 0; i < batch; i++) {
                    byte[] line = generator.next();
                    String text = new String(line, StandardCharsets.ISO_8859_1);
                    if (text.matches("[0-9]{1,18} BYE")) {
                        line = "0 LIST".getBytes(StandardCharsets.US_ASCII); // BYE would end the run early
                    }
                    lastBatch.add(Hex.abbreviate(text));
                    in.write(line);
                    in.write('\n');
                }
                in.flush();
                for (int i = 0; i < batch; i++) {
                    String reply = readWithin(queue, agent, 10_000, seed, lastBatch);
                    assertThat(reply).as("reply %d (seed %d)", replies, seed).matches("(ERR (-|[0-9]+)|[0-9]+ (OK|HELLO))( .*)?");
                    generator.learn(reply);
                    replies++;
                    errors += reply.startsWith("ERR") ? 1 : 0;
                    successes += reply.contains(" OK status=00000000") ? 1 : 0;
                    faults += reply.contains(" access=ACCESS_VIOLATION") ? 1 : 0;
                    int detail = reply.indexOf(" detail=");
                    if (detail >= 0 && !reply.startsWith("ERR")) {
                        details.merge(reply.substring(detail + 8).split(" ")[0], 1L, Long::sum);
                    }
                }
            }
        }
        assertThat(agent.waitFor(60, TimeUnit.SECONDS)).as("agent exits at end of input (seed %d)", seed).isTrue();
        String report = Files.readString(stderr);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("agent fuzz: %d lines, %d replies in %.1f s (%.0f lines/s), exit %d; %d ERR replies, %d calls"
                + " with STATUS_SUCCESS, %d caught access violations%n", lines, replies, seconds, lines / seconds,
                agent.exitValue(), errors, successes, faults);
        details.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(entry -> System.out.printf("agent fuzz:   %7d x %s%n", entry.getValue(),
                        PercentText.decode(entry.getKey())));
        assertThat(report).as("sanitizer report (seed %d)", seed).doesNotContain("ERROR: AddressSanitizer")
                .doesNotContain("ERROR: LeakSanitizer").doesNotContain("runtime error");
        assertThat(agent.exitValue()).as("exit code (seed %d); stderr: %s", seed, report).isZero();
        assertThat(replies).isEqualTo(lines);
        try (Stream<Path> left = Files.list(Path.of("/dev/shm"))) {
            List<String> ours = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rtk." + prefix + "."))
                    .toList();
            assertThat(ours).as("objects left in /dev/shm (seed %d)", seed).isEmpty();
        }
        Files.deleteIfExists(stderr);
    }

    private static final String END = "\u0000end";

    private static void pumpLines(InputStream out, java.util.concurrent.BlockingQueue<String> queue) {
        BoundedLineReader reader = new BoundedLineReader(out, 8 << 20);
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                queue.add(line);
            }
        } catch (IOException e) {
            queue.add("\u0000" + e.getMessage());
        }
        queue.add(END);
    }

    private static String readWithin(java.util.concurrent.BlockingQueue<String> queue, Process agent, long millis,
                                     long seed, List<String> lastBatch) throws Exception {
        String line = queue.poll(millis, TimeUnit.MILLISECONDS);
        if (line == null) {
            agent.destroyForcibly();
            throw new AssertionError("the agent hung: no reply within " + millis + " ms (seed " + seed + "); last batch:\n" + String.join("\n", lastBatch));
        }
        if (line.startsWith("\u0000")) {
            throw new AssertionError("the agent's output ended (" + line.substring(1) + ", exit " + agent.waitFor()
                    + ", seed " + seed + "); last batch:\n" + String.join("\n", lastBatch));
        }
        return line;
    }
}
