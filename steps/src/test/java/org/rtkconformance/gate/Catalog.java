package org.rtkconformance.gate;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The statement catalog ({@code catalog.yaml}): the statements and the ambiguities with their reading letters.
 *
 * @param format      {@code rtk-catalog/1}
 * @param page        the page the catalog describes
 * @param statements  the statements, in file order
 * @param ambiguities for each {@code D-n}, its title and its readings by letter
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record Catalog(String format, String page, List<CatalogStatement> statements, Map<String, Ambiguity> ambiguities) {

    /** One ambiguity: a title and its candidate readings, letter to meaning. */
    record Ambiguity(String title, Map<String, String> readings) {

        Ambiguity {
            readings = readings == null ? Map.of() : new LinkedHashMap<>(readings);
        }
    }

    Catalog {
        statements = statements == null ? List.of() : List.copyOf(statements);
        ambiguities = ambiguities == null ? Map.of() : new LinkedHashMap<>(ambiguities);
    }

    /**
     * Reads a catalog.
     *
     * @throws IOException naming {@code source} and the line of a YAML or schema error
     */
    static Catalog read(InputStream yaml, String source) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return mapper.readValue(yaml, Catalog.class);
        } catch (JsonProcessingException malformed) {
            throw new IOException(source + ": " + malformed.getOriginalMessage()
                    + (malformed.getLocation() == null ? "" : " (line " + malformed.getLocation().getLineNr() + ")"),
                    malformed);
        }
    }
}
