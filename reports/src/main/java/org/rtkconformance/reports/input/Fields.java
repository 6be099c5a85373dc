package org.rtkconformance.reports.input;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the fields of one object in an input file. Every wrong type or missing required
 * field becomes a {@link ReportInputException} naming the file, the object ({@code scenarios[3]}) and the field.
 */
public final class Fields {

    private final Path file;
    private final String where;
    private final JsonNode node;

    public Fields(Path file, String where, JsonNode node) {
        this.file = file;
        this.where = where;
        this.node = node;
        if (!node.isObject()) {
            throw problem(where + " must be a mapping of fields, found " + describe(node));
        }
    }

    /** A required, non-blank text field. */
    public String text(String name) {
        return optionalText(name).filter(s -> !s.isBlank())
                .orElseThrow(() -> problem(where + " has no '" + name + "'"));
    }

    /** A text field that may be absent or null. */
    public Optional<String> optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw problem(where + "." + name + " must be a text, found " + describe(value));
        }
        return Optional.of(value.asText());
    }

    /**
     * A text, or a flat mapping written as {@code key=value, key=value} (an outline's example row may come
     * either way); empty when absent.
     */
    public Optional<String> optionalTextOrPairs(String name) {
        JsonNode value = node.get(name);
        if (value != null && value.isObject()) {
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
                if (!field.getValue().isValueNode()) {
                    throw problem(where + "." + name + "." + field.getKey() + " must be a text, found "
                            + describe(field.getValue()));
                }
                pairs.add(field.getKey() + "=" + field.getValue().asText());
            }
            return Optional.of(String.join(", ", pairs));
        }
        return optionalText(name);
    }

    /** A whole number that may be absent. */
    public Optional<Long> optionalNumber(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToLong()) {
            throw problem(where + "." + name + " must be a whole number, found " + describe(value));
        }
        return Optional.of(value.asLong());
    }

    /** A boolean that is false when absent. */
    public boolean flag(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw problem(where + "." + name + " must be true or false, found " + describe(value));
        }
        return value.asBoolean();
    }

    /** A list of texts; empty when absent. */
    public List<String> texts(String name) {
        JsonNode value = node.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            throw problem(where + "." + name + " must be a list, found " + describe(value));
        }
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                throw problem(where + "." + name + " must list texts, found " + describe(item));
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** A mapping of texts to texts; empty when absent. */
    public Map<String, String> textMap(String name) {
        JsonNode value = node.get(name);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return map;
        }
        if (!value.isObject()) {
            throw problem(where + "." + name + " must be a mapping, found " + describe(value));
        }
        value.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /** Whether the field is present and not null. */
    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** A required nested object. */
    public Fields object(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw problem(where + " has no '" + name + "'");
        }
        return new Fields(file, where + "." + name, value);
    }

    /** A required list of objects. */
    /** The mapping {@code name}, or empty when it is absent or null. */
    public Optional<Fields> optionalObject(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(new Fields(file, where + "." + name, value));
    }

    /** The names of this mapping's fields, in file order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    public List<Fields> objects(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw problem(where + " has no '" + name + "'");
        }
        if (!value.isArray()) {
            throw problem(where + "." + name + " must be a list, found " + describe(value));
        }
        List<Fields> objects = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            objects.add(new Fields(file, name + "[" + i + "]", value.get(i)));
        }
        return objects;
    }

    /** A problem with this object, ready to throw. */
    public ReportInputException problem(String message) {
        return new ReportInputException(file, message);
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "'" + value.asText() + "'";
    }
}
