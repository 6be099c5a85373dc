package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The first field where two JSON documents differ, named by its dotted path ({@code backend.vendor}). */
final class JsonDifference {

    /**
     * @param path     the dotted path of the field
     * @param actual   its value in the bundle, as JSON text, or {@code (absent)}
     * @param expected the value re-derived, as JSON text, or {@code (absent)}
     */
    record Field(String path, String actual, String expected) {
    }

    private JsonDifference() {
    }

    static Optional<Field> first(JsonNode actual, JsonNode expected) {
        return first("", actual, expected);
    }

    private static Optional<Field> first(String path, JsonNode actual, JsonNode expected) {
        if (actual != null && expected != null && actual.isObject() && expected.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                Optional<Field> inner = first(path.isEmpty() ? name : path + "." + name, actual.get(name), expected.get(name));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (actual != null && expected != null && actual.isArray() && expected.isArray() && actual.size() == expected.size()) {
            Iterator<JsonNode> a = actual.elements();
            Iterator<JsonNode> e = expected.elements();
            for (int i = 0; a.hasNext(); i++) {
                Optional<Field> inner = first(path + "[" + i + "]", a.next(), e.next());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (actual != null && actual.equals(expected)) {
            return Optional.empty();
        }
        return Optional.of(new Field(path, text(actual), text(expected)));
    }

    private static String text(JsonNode node) {
        return node == null ? "(absent)" : node.toString();
    }
}
