package org.rtkconformance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Attributes the execution samples of a JFR recording of {@link LaunchLoop} to the rows of
 * docs/benchmarks.md ("Where a scenario's time goes") and prints them in µs per scenario. Arguments: the
 * recording, and the CPU µs per scenario {@code LaunchLoop} printed. Only samples taken inside a launch
 * count; each goes to the first row whose frame is on its stack.
 */
public final class TimeAttribution {

    private static final String LAUNCH = "org.rtkconformance.selftest.sweep.SuiteLaunch.run";

    private TimeAttribution() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            fail("usage: TimeAttribution <recording.jfr> <CPU µs per scenario, as LaunchLoop printed it>");
        }
        Path recording = Path.of(args[0]);
        if (!Files.isRegularFile(recording)) {
            fail("No JFR recording at " + recording.toAbsolutePath().normalize());
        }
        double micros = 0;
        try {
            micros = Double.parseDouble(args[1]);
        } catch (NumberFormatException notNumber) {
            fail("The µs per scenario must be a number, not '" + args[1] + "'");
        }
        Map<TimeRow, Integer> counts = new EnumMap<>(TimeRow.class);
        int samples = 0;
        int truncated = 0;
        List<RecordedEvent> events;
        try {
            events = RecordingFile.readAllEvents(recording);
        } catch (IOException unreadable) {
            fail("Cannot read " + recording + " as a JFR recording: " + unreadable.getMessage());
            return;
        }
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<String> frames = event.getStackTrace().getFrames().stream().map(TimeAttribution::name).toList();
            if (event.getStackTrace().isTruncated()) {
                truncated++;
            }
            if (!frames.contains(LAUNCH)) {
                continue;
            }
            samples++;
            counts.merge(TimeRow.of(frames), 1, Integer::sum);
        }
        if (samples == 0) {
            fail("No execution sample of " + recording + " is inside a launch (" + LAUNCH + "): record LaunchLoop with"
                    + " -XX:FlightRecorderOptions:stackdepth=1024" + (truncated > 0 ? "; " + truncated
                    + " stacks were truncated" : ""));
        }
        System.out.println("| where | µs per scenario | share |");
        System.out.println("|---|---|---|");
        for (TimeRow row : TimeRow.values()) {
            int count = counts.getOrDefault(row, 0);
            System.out.println(String.format(Locale.ROOT, "| %s | %.0f | %.0f %% |", row.description(),
                    micros * count / samples, 100.0 * count / samples));
        }
        System.out.println(String.format(Locale.ROOT, "| total | %.0f | %d samples |", micros, samples));
        if (truncated > 0) {
            System.err.println(truncated + " stacks were truncated: raise -XX:FlightRecorderOptions:stackdepth");
        }
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
