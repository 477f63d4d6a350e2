package dxcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dxcheck.load.Kinds;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
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
    /** fact type → its document's metadata and spec definitions, or its own definition (from {@link Kinds}). */
    private static final Map<String, String[]> ROOTS = roots();
    /** The definitions of list entries that are facts of their own (not walked into from their document). */
    private static final Set<String> FACT_DEFS = factDefs();

    private static Map<String, String[]> roots() {
        Map<String, String[]> roots = new HashMap<>();
        for (Kinds.Kind k : Kinds.ALL) {
            for (Kinds.Fact f : k.facts()) {
                roots.put(f.type().getSimpleName(), f.schemaDef() == null
                        ? new String[] {k.metadataDef(), k.specDef()} : new String[] {f.schemaDef()});
            }
        }
        return Map.copyOf(roots);
    }

    private static Set<String> factDefs() {
        Set<String> defs = new HashSet<>();
        Kinds.ALL.forEach(k -> k.facts().stream().map(Kinds.Fact::schemaDef).filter(d -> d != null)
                .forEach(defs::add));
        return Set.copyOf(defs);
    }

    private final JsonNode defs;

    private InputFields(JsonNode defs) {
        this.defs = defs;
    }

    /** Null when the schema is not on the class path (then field names are not checked). */
    static InputFields load() {
        try (InputStream in = InputFields.class.getResourceAsStream(SCHEMA)) {
            return in == null ? null : new InputFields(new ObjectMapper().readTree(in).get("$defs"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the input schema in dxcheck's jar cannot be read", e);
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
        return FACT_DEFS.contains(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
