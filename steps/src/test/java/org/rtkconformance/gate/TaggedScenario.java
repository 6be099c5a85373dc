package org.rtkconformance.gate;

import java.util.List;

/**
 * One scenario (or example row) as the gate sees it: where it is and its tags, inherited ones included.
 *
 * @param location {@code name.feature:42}
 * @param tags     every tag, with its {@code @}
 */
record TaggedScenario(String location, List<String> tags) {

    TaggedScenario {
        tags = List.copyOf(tags);
    }
}
