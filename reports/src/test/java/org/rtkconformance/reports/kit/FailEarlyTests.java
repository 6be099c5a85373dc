package org.rtkconformance.reports.kit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.cli.ReportCommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that cannot succeed stops before the first scenario (no scenario is discovered), says why in one line
 * and exits 2: a backend that cannot start, a setting it does not have or cannot take, a report folder it
 * cannot write, a missing catalog. None of them leaves results behind or marks the JVM as having run. How
 * long they take is measured from the shell (docs/cli.md), not asserted here: the machine's load decides it.
 */
class FailEarlyTests {

    @TempDir
    Path dir;

    private final ReportCommandLine line = new ReportCommandLine();

    @AfterEach
    void forgetTheAgentCommand() {
        System.clearProperty("rtk.agent.command");
        System.clearProperty("rtk.posix.callTimeoutMillis");
        System.clearProperty("rtk.posix.timeoutMillis");
        System.clearProperty("rtk.reference.memoryLimit");
    }

    private int kit(String... args) {
        return line.run(new RtkKit(), args);
    }

    @Test
    void an_agent_backend_without_a_command_stops_at_once_with_its_reason() {
        assertThat(kit("run", "-b", "agent", "-o", dir.resolve("r").toString(), "-q")).isEqualTo(2);
        assertThat(dir.resolve("r")).doesNotExist();

        assertThat(line.err()).startsWith("rtk-kit: --backend agent: cannot start: no agent command: set -Drtk.agent.command=")
                .doesNotContain("\tat ");
        assertThat(line.out()).doesNotContain("scenarios");
        assertThat(System.getProperty("rtk.backend")).isNull();
    }

    @Test
    void an_agent_that_exits_at_once_stops_the_run_at_once() {
        assertThat(kit("run", "-b", "agent", "-s", "command=/bin/false", "-o", dir.resolve("r").toString(), "-q")).isEqualTo(2);

        assertThat(line.err()).startsWith("rtk-kit: --backend agent: cannot start: the agent could not start: ")
                .contains("/bin/false)").contains("last request: '1 HELLO rtk-agent/1'");
        assertThat(dir.resolve("r/rtk-results")).doesNotExist();
    }

    @Test
    void a_setting_the_backend_does_not_have_is_refused_before_the_run() {
        assertThat(kit("run", "-b", "posix", "-s", "callTimeoutMillis=abc", "-o", dir.resolve("r").toString(), "-q")).isEqualTo(2);

        assertThat(line.err()).isEqualTo("rtk-kit: -s callTimeoutMillis: backend posix has no such setting; it reads "
                + "agentPath, forkServer, timeoutMillis\n");
    }

    @Test
    void a_setting_with_a_malformed_value_is_refused_before_the_run() {
        assertThat(kit("run", "-b", "reference", "-s", "memoryLimit=lots", "-o", dir.resolve("r").toString(), "-q")).isEqualTo(2);

        assertThat(line.err()).isEqualTo("rtk-kit: -s (settings of backend reference): rtk.reference.memoryLimit is a "
                + "number of bytes from 1 to 1073741824, not 'lots'\n");
    }

    @Test
    void a_report_folder_under_a_file_is_refused_before_the_run() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThat(kit("run", "-b", "reference", "-o", file.resolve("r").toString(), "-q")).isEqualTo(2);
        assertThat(line.err()).isEqualTo("rtk-kit: " + file.resolve("r") + ": the report folder is not writable: " + file
                + " is not a folder\n");
    }

    @Test
    void a_missing_catalog_is_refused_before_the_run() {
        Path missing = dir.resolve("catalog.yaml");

        assertThat(kit("run", "-b", "reference", "--catalog", missing.toString(), "-o", dir.resolve("r").toString(), "-q"))
                .isEqualTo(2);
        assertThat(line.err()).isEqualTo("rtk-kit: " + missing + ": the statement catalog does not exist\n");
    }
}
