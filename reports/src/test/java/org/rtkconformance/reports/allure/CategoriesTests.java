package org.rtkconformance.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories group results the way docs/architecture.md's taxonomy does. Allure matches a category
 * when the status is listed and, if a regex is given, the whole message matches it.
 */
class CategoriesTests {

    private final JsonNode categories = read();

    @Test
    void failed_is_non_conformance_and_broken_is_unresolved() {
        assertThat(matching("failed", "OPEN-NAME-2: expected STATUS_INVALID_PARAMETER")).containsExactly("FAIL: non-conformance");
        assertThat(matching("broken", "the agent closed its pipe")).containsExactly("UNRESOLVED: harness or backend broken");
    }

    @Test
    void skipped_results_are_told_apart_by_their_message_prefix_even_over_several_lines() {
        assertThat(matching("skipped", "UNSUPPORTED: needs capability FAULT_INJECTION\nsecond line"))
                .containsExactly("UNSUPPORTED: capability or API version not declared");
        assertThat(matching("skipped", "NOT_APPLICABLE: pins D-8.B; the backend declares D-8.A"))
                .containsExactly("NOT_APPLICABLE: reading not declared");
        assertThat(matching("skipped", "skipped by a tag filter")).isEmpty();
        assertThat(matching("passed", "UNSUPPORTED: x")).isEmpty();
    }

    private List<String> matching(String status, String message) {
        List<String> names = new ArrayList<>();
        for (JsonNode category : categories) {
            boolean statusMatches = false;
            for (JsonNode s : category.path("matchedStatuses")) {
                statusMatches |= s.asText().equals(status);
            }
            String regex = category.path("messageRegex").asText("");
            if (statusMatches && (regex.isEmpty() || Pattern.compile(regex).matcher(message).matches())) {
                names.add(category.path("name").asText());
            }
        }
        return names;
    }

    private static JsonNode read() {
        try (InputStream in = AllureResultsDirectory.class.getResourceAsStream(AllureResultsDirectory.CATEGORIES)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
