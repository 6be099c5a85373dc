package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rtkconformance.reference.rules.Ambiguity;
import org.rtkconformance.reference.rules.ReferenceRules;

/** docs/INTERPRETATIONS.md says what the code does: every reading, every default, every decision method. */
class InterpretationsDocumentTests {

    private static String document;

    @BeforeAll
    static void read() throws IOException {
        document = Files.readString(Path.of("..", "docs", "INTERPRETATIONS.md"), StandardCharsets.UTF_8);
    }

    @Test
    void every_ambiguity_has_a_section_and_every_reading_its_meaning() {
        for (Ambiguity ambiguity : Ambiguity.values()) {
            assertThat(document).as(ambiguity.id()).contains("### " + ambiguity.id() + " — ");
            ambiguity.choices().forEach((letter, meaning) -> assertThat(document)
                    .as(ambiguity.id() + "." + letter).contains("* **" + ambiguity.id() + "." + letter + "** " + meaning));
        }
    }

    @Test
    void the_summary_and_each_section_state_the_default() {
        for (Ambiguity ambiguity : Ambiguity.values()) {
            ambiguity.defaultChoice().ifPresent(letter -> {
                String reading = ambiguity.id() + "." + letter;
                assertThat(document).as(reading).contains("| **" + reading + "**").contains("* **Default " + reading);
                assertThat(document).as(ambiguity.id() + " offers")
                        .contains("| " + ambiguity.id() + " | ").contains(String.join(", ", ambiguity.choices().keySet()));
            });
        }
    }

    @Test
    void every_decision_method_of_the_rules_is_in_the_extension_table() {
        for (Method method : ReferenceRules.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !method.getName().equals("readings")) {
                assertThat(document).as(method.getName()).contains("`" + method.getName() + "(");
            }
        }
    }
}
