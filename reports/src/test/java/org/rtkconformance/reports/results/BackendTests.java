package org.rtkconformance.reports.results;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BackendTests {

    @Test
    void readings_come_in_ambiguity_order_not_text_order() {
        Backend backend = new Backend("b", "", "", "", "", List.of(),
                Map.of("D-10", "D-10.A", "D-2", "D-2.B", "D-1", "D-1.C", "D-24", "D-24.A"), Optional.empty());

        assertThat(backend.readingsInOrder()).containsExactly("D-1.C", "D-2.B", "D-10.A", "D-24.A");
    }
}
