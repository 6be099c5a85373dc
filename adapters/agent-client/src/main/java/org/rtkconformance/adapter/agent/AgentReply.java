package org.rtkconformance.adapter.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reply line: {@code <id> OK key=value...}, {@code <id> HELLO <version> key=value...} or
 * {@code ERR <id|-> <reason>}. Bare tokens after the verb (an echo) are kept in order.
 */
final class AgentReply {

    private final String line;
    private final String id;
    private final String kind;
    private final Map<String, String> fields;
    private final List<String> objects;
    private final List<String> bare;

    private AgentReply(String line, String id, String kind, Map<String, String> fields, List<String> objects,
                       List<String> bare) {
        this.line = line;
        this.id = id;
        this.kind = kind;
        this.fields = fields;
        this.objects = objects;
        this.bare = bare;
    }

    /**
     * Parses a reply line.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static AgentReply parse(String line) {
        if (line.isEmpty()) {
            throw new IllegalArgumentException("empty reply line");
        }
        String[] tokens = line.split(" ", -1);
        for (String token : tokens) {
            if (token.isEmpty()) {
                throw new IllegalArgumentException("empty field in reply " + Hex.abbreviate(line));
            }
        }
        if (tokens[0].equals("ERR")) {
            if (tokens.length < 3) {
                throw new IllegalArgumentException("an ERR reply is 'ERR <id|-> <reason>': " + Hex.abbreviate(line));
            }
            String reason = PercentText.decode(String.join(" ", List.of(tokens).subList(2, tokens.length)));
            return new AgentReply(line, tokens[1], "ERR", Map.of("reason", reason), List.of(), List.of());
        }
        if (tokens.length < 2 || !tokens[0].chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a reply starts with the request id: " + Hex.abbreviate(line));
        }
        String kind = tokens[1];
        int first = 2;
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> objects = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        if (kind.equals("HELLO")) {
            if (tokens.length < 3) {
                throw new IllegalArgumentException("a HELLO reply names its protocol version: " + Hex.abbreviate(line));
            }
            fields.put("protocol", tokens[2]);
            first = 3;
        } else if (!kind.equals("OK")) {
            throw new IllegalArgumentException("a reply is OK, HELLO or ERR, not " + Hex.abbreviate(kind));
        }
        for (int i = first; i < tokens.length; i++) {
            int equals = tokens[i].indexOf('=');
            if (equals <= 0) {
                bare.add(tokens[i]);
                continue;
            }
            String key = tokens[i].substring(0, equals);
            String value = tokens[i].substring(equals + 1);
            if (key.equals("obj")) {
                objects.add(value);
            } else if (fields.put(key, value) != null) {
                throw new IllegalArgumentException("field '" + key + "' appears twice in " + Hex.abbreviate(line));
            }
        }
        return new AgentReply(line, tokens[0], kind, Collections.unmodifiableMap(fields), List.copyOf(objects),
                List.copyOf(bare));
    }

    String line() {
        return line;
    }

    String id() {
        return id;
    }

    boolean isError() {
        return kind.equals("ERR");
    }

    boolean isHello() {
        return kind.equals("HELLO");
    }

    String errorReason() {
        return fields.getOrDefault("reason", "");
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** @throws IllegalArgumentException when the reply lacks the field */
    String field(String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("reply lacks the field '" + key + "': " + Hex.abbreviate(line));
        }
        return value;
    }

    /** The {@code obj=} fields of a LIST reply, in order. */
    List<String> objects() {
        return objects;
    }

    /** Tokens without '=' after the verb (an ECHO's payload). */
    List<String> bare() {
        return bare;
    }
}
