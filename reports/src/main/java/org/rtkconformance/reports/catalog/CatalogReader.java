package org.rtkconformance.reports.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.rtkconformance.reports.input.Fields;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code catalog.yaml} (top key {@code statements:}). Unknown fields are ignored so
 * that the catalog can grow; wrong values are reported with the statement's position and id.
 */
public final class CatalogReader {

    static final Set<String> KINDS = Set.of("documented", "obligation", "build", "ambiguous");
    static final Set<String> STRENGTHS = Set.of("required", "bounded", "interpretation", "untested");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+");
    private static final Pattern AMBIGUITY = Pattern.compile("D-[1-9][0-9]*");

    private final YAMLMapper yaml = new YAMLMapper();

    /**
     * @throws ReportInputException naming the file and the first problem found
     */
    public Catalog read(Path file) {
        JsonNode root = JsonFiles.read(yaml, file, "statement catalog");
        Fields catalog = new Fields(file, "the catalog", root);
        List<Statement> statements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields entry : catalog.objects("statements")) {
            Statement statement = statement(entry);
            if (!ids.add(statement.id())) {
                throw entry.problem("statement id " + statement.id() + " appears twice");
            }
            statements.add(statement);
        }
        if (statements.isEmpty()) {
            throw catalog.problem("the catalog lists no statements");
        }
        return new Catalog(file, statements, ambiguities(root, file));
    }

    private static Map<String, Ambiguity> ambiguities(JsonNode root, Path file) {
        Map<String, Ambiguity> ambiguities = new LinkedHashMap<>();
        JsonNode node = root.get("ambiguities");
        if (node == null || node.isNull()) {
            return ambiguities;
        }
        if (!node.isObject()) {
            throw new ReportInputException(file, "'ambiguities' must map ids (D-1) to a title and readings");
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            String id = entry.getKey();
            if (!AMBIGUITY.matcher(id).matches()) {
                throw new ReportInputException(file, "ambiguities: '" + id + "' is not an ambiguity id such as D-6");
            }
            Fields fields = new Fields(file, "ambiguities." + id, entry.getValue());
            ambiguities.put(id, new Ambiguity(id, fields.optionalText("title").orElse(""), fields.textMap("readings")));
        }
        return ambiguities;
    }

    private static Statement statement(Fields entry) {
        String id = entry.text("id");
        if (!ID.matcher(id).matches()) {
            throw entry.problem("statement id '" + id + "' is not of the form AREA-NAME-n (capitals, digits, dashes)");
        }
        String kind = entry.text("kind");
        if (!KINDS.contains(kind)) {
            throw entry.problem("statement " + id + " has kind '" + kind + "'; expected one of " + sorted(KINDS));
        }
        String strength = entry.text("strength");
        if (!STRENGTHS.contains(strength)) {
            throw entry.problem("statement " + id + " has strength '" + strength + "'; expected one of " + sorted(STRENGTHS));
        }
        List<String> ambiguities = entry.texts("ambiguities");
        for (String ambiguity : ambiguities) {
            if (!AMBIGUITY.matcher(ambiguity).matches()) {
                throw entry.problem("statement " + id + " names ambiguity '" + ambiguity + "'; expected D-<n>, such as D-6");
            }
        }
        return new Statement(id, entry.text("section"), entry.text("text"), entry.optionalText("quote"), kind,
                ambiguities, strength, entry.optionalText("untestedReason"), entry.flag("withdrawn"),
                entry.optionalText("source"));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
