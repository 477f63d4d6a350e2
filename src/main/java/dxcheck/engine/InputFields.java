package dxcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every field a finding may name, by the fact it is about, from the input JSON Schema (schema/dxcheck-v1.schema.json,
 * in the jar): an agency's "spec.staffing.dedicatedDxStaff", a system's "securityLevel". A list entry that is a fact of
 * its own (a system, a service item, a target, a task) has its own fields, relative to it.
 */
final class InputFields {
    private static final String SCHEMA = "/dxcheck/schema/dxcheck-v1.schema.json";
    /** fact type → its document's metadata and spec definitions, or its own definition. */
    private static final Map<String, String[]> ROOTS = Map.of(
            "AgencyStatus", new String[] {"AgencyStatusMetadata", "AgencyStatusSpec"},
            "Plan", new String[] {"PlanMetadata", "PlanSpec"},
            "Waiver", new String[] {"WaiverMetadata", "WaiverSpec"},
            "InformationSystem", new String[] {"InformationSystem"},
            "ServiceItem", new String[] {"ServiceItem"},
            "PlanTarget", new String[] {"PlanTarget"},
            "PlanTask", new String[] {"PlanTask"});

    private final JsonNode defs;

    private InputFields(JsonNode defs) {
        this.defs = defs;
    }

    /** Null when the schema is not on the class path (then field names are not checked). */
    static InputFields load() {
        try (InputStream in = InputFields.class.getResourceAsStream(SCHEMA)) {
            return in == null ? null : new InputFields(new ObjectMapper().readTree(in).get("$defs"));
        } catch (IOException e) {
            return null;
        }
    }

    /** The fields of a fact type, or null for a type whose fields are not input fields (a derived fact). */
    Set<String> of(String factType) {
        String[] roots = ROOTS.get(factType);
        if (roots == null) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        if (roots.length == 2) {
            out.add("metadata");
            out.add("spec");
            walk(defs.get(roots[0]), "metadata", out);
            walk(defs.get(roots[1]), "spec", out);
        } else {
            walk(defs.get(roots[0]), "", out);
        }
        return out;
    }

    private void walk(JsonNode schema, String path, Set<String> out) {
        JsonNode s = resolve(schema);
        if (s == null || !s.has("properties")) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            out.add(p);
            JsonNode child = resolve(e.getValue());
            if (child != null && child.has("properties")) {
                walk(child, p, out); // list entries that are facts of their own ($ref) are not walked into
            }
        }
    }

    private JsonNode resolve(JsonNode n) {
        if (n != null && n.has("$ref")) {
            String ref = n.get("$ref").asText();
            return ref.startsWith("#/$defs/") && !isFact(ref) ? defs.get(ref.substring("#/$defs/".length())) : null;
        }
        return n;
    }

    private static boolean isFact(String ref) {
        return ref.endsWith("/InformationSystem") || ref.endsWith("/ServiceItem") || ref.endsWith("/PlanTarget")
                || ref.endsWith("/PlanTask");
    }
}
