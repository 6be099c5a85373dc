package org.rtkconformance.reports.expectations;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The posix agent's expectations file, which the agent client keeps, is valid in this format. */
class PosixExpectationsFileTests {

    private static final Path FILE = Path.of("../adapters/agent-client/src/main/resources/org/rtkconformance/adapter/"
            + "agent/posix-expectations.yaml");

    @Test
    void the_posix_expectations_file_reads_and_is_for_the_posix_backend() {
        assertThat(FILE).as("the agent client's expectations file").exists();

        Expectations expectations = new ExpectationsReader().read(FILE);

        assertThat(expectations.backend()).isEqualTo("posix");
        // Every waiver has a reason, a link and a date by construction; none is needed today.
        assertThat(expectations.waivers()).allSatisfy(w -> assertThat(w.reason()).isNotBlank());
        assertThat(Files.isRegularFile(expectations.file().orElseThrow())).isTrue();
    }
}
