package org.rtkconformance.reports.compare;

import org.rtkconformance.reports.verdict.SampleRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A complete run folder for tests, as the suite leaves it: results, two Allure results of this run and one
 * of an earlier run of the same scenario, a container, an attachment, the environment, Cucumber messages and JUnit XML.
 */
public final class RunFolder {

    private RunFolder() {
    }

    /** Writes the folder for {@code run} (whose run started at 2026-11-27T16:00:00Z) under {@code root}. */
    public static Path write(Path root, SampleRun run) {
        String id = run.write(root.resolve(RunDirectory.RESULTS)).backend().id();
        try {
            Path allure = Files.createDirectories(root.resolve("allure-results"));
            long now = 1_795_795_200_000L + 1_000; // 2026-11-27T16:00:01Z, after the run started
            Files.writeString(allure.resolve("r1-result.json"), "{\"uuid\":\"r1\",\"historyId\":\"hid-" + id + "-10\",\"start\":" + now
                    + ",\"status\":\"passed\",\"attachments\":[{\"source\":\"a1-attachment.txt\"}]}");
            Files.writeString(allure.resolve("r2-result.json"), "{\"uuid\":\"r2\",\"historyId\":\"hid-" + id + "-20\",\"start\":" + now
                    + ",\"status\":\"failed\"}");
            Files.writeString(allure.resolve("old-result.json"), "{\"uuid\":\"old\",\"historyId\":\"hid-" + id + "-10\",\"start\":1000,"
                    + "\"status\":\"failed\",\"attachments\":[{\"source\":\"old-attachment.txt\"}]}");
            Files.writeString(allure.resolve("c1-container.json"), "{\"uuid\":\"c1\",\"children\":[\"r1\"]}");
            Files.writeString(allure.resolve("c0-container.json"), "{\"uuid\":\"c0\",\"children\":[\"old\"]}");
            Files.writeString(allure.resolve("a1-attachment.txt"), "what the backend said");
            Files.writeString(allure.resolve("old-attachment.txt"), "an earlier run");
            Files.writeString(allure.resolve("environment.properties"), "backend.id=" + root.getFileName() + "\nkit.version=0.1.0\n");
            Files.createDirectories(root.resolve("cucumber"));
            Files.writeString(root.resolve(RunDirectory.CUCUMBER_MESSAGES), "{\"meta\":{}}\n");
            Files.createDirectories(root.resolve("surefire-reports"));
            Files.writeString(root.resolve("surefire-reports/TEST-suite.xml"), "<testsuite name=\"suite\" tests=\"5\"/>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }
}
