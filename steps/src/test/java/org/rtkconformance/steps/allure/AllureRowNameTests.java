package org.rtkconformance.steps.allure;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AllureRowNameTests {

    @Test
    void an_outline_row_whose_name_does_not_show_its_values_gets_them_appended_in_column_order() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("name", "Alpha");
        row.put("size", "4096");

        assertThat(AllureBackendLabelsPlugin.rowName("Opens a legal name", row))
                .isEqualTo("Opens a legal name [name=Alpha, size=4096]");
    }

    @Test
    void only_the_values_the_name_does_not_show_are_appended() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("condition", "a name in another case");
        row.put("attempt", "opens \"ALPHA\"");

        assertThat(AllureBackendLabelsPlugin.rowName("Failure: a name in another case", row))
                .isEqualTo("Failure: a name in another case [attempt=opens \"ALPHA\"]");
    }

    @Test
    void a_name_that_already_shows_every_value_and_a_plain_scenario_keep_their_name() {
        assertThat(AllureBackendLabelsPlugin.rowName("A name of 260 characters", Map.of("length", "260")))
                .isEqualTo("A name of 260 characters");
        assertThat(AllureBackendLabelsPlugin.rowName("Opens Alpha", null)).isEqualTo("Opens Alpha");
        assertThat(AllureBackendLabelsPlugin.rowName("Opens Alpha", Map.of())).isEqualTo("Opens Alpha");
    }
}
