package dxcheck.load;

import dxcheck.engine.Knowledge;
import dxcheck.engine.RuleFamilies;
import dxcheck.model.Covers;
import dxcheck.model.LegalSource;
import dxcheck.model.Location;
import dxcheck.model.Province;
import dxcheck.model.RuleFamily;
import dxcheck.text.Msg;
import dxcheck.text.Terms;
import org.yaml.snakeyaml.nodes.MappingNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what a rules folder knows beside its rules: families.yaml (the rule families), legal-sources.yaml (what rules
 * cite), terms.yaml (labels) and provinces.yaml (the provinces before and after 1/7/2025), strictly and with
 * locations, like any input. A folder without these files (a test rule pack) knows nothing: no families, no sources,
 * no labels, no provinces.
 */
public final class KnowledgeReader {
    public static final String SOURCES = "legal-sources.yaml";
    public static final String TERMS = "terms.yaml";
    public static final String PROVINCES = "provinces.yaml";
    public static final String FAMILIES = "families.yaml";
    /** The knowledge files of a rules folder, in the order they are read (the terms label the kinds of sources). */
    public static final List<String> FILES = List.of(FAMILIES, TERMS, PROVINCES, SOURCES);

    private static final java.util.regex.Pattern FAMILY_ID = java.util.regex.Pattern.compile("[A-Z]{3}");

    private final ErrorList errors = new ErrorList();
    private final Map<String, LegalSource> sources = new TreeMap<>();
    private final Map<String, String[]> labels = new LinkedHashMap<>();
    private final Map<String, Location> labelledAt = new LinkedHashMap<>();
    private final List<Province> provinces = new ArrayList<>();
    private final List<Covers> covers = new ArrayList<>();
    private final Map<String, RuleFamily> families = new TreeMap<>();

    private KnowledgeReader() {
    }

    /** From the files' bytes as already read (the rule sources), by name; a folder without them knows nothing. */
    public static Knowledge read(Path rulesDir, Map<String, byte[]> files) throws InvalidInputException {
        KnowledgeReader r = new KnowledgeReader();
        r.file(rulesDir.resolve(FAMILIES), files.get(FAMILIES), r::families);
        r.file(rulesDir.resolve(TERMS), files.get(TERMS), r::terms);
        r.file(rulesDir.resolve(PROVINCES), files.get(PROVINCES), r::provinces);
        r.file(rulesDir.resolve(SOURCES), files.get(SOURCES), r::sources); // after the terms, which label the kinds
        r.errors.throwIfAny();
        return new Knowledge(new RuleFamilies(java.util.Collections.unmodifiableMap(r.families)),
                java.util.Collections.unmodifiableMap(r.sources), new Terms(r.labels), List.copyOf(r.provinces),
                List.copyOf(r.covers));
    }

    private void file(Path file, byte[] bytes, java.util.function.Consumer<YamlMap> reader) {
        if (bytes == null) {
            return;
        }
        YamlText text = new YamlText(file.toString(), errors);
        YamlStream.forEachDocument(bytes, text, node -> {
            if (node instanceof MappingNode m) {
                YamlMap root = YamlMap.root(text, m, text.location(m), "");
                reader.accept(root);
                root.done();
            } else {
                text.error(node, "", Msg.EXPECTED_MAPPING, YamlText.describe(node));
            }
            return false; // one document per file
        });
    }

    private void families(YamlMap root) {
        YamlMap all = root.map("families", true);
        if (all != null) {
            all.eachMapping((id, m) -> family(all, id, m));
        }
    }

    private void family(YamlMap all, String id, YamlMap m) {
        if (!FAMILY_ID.matcher(id).matches()) {
            errors.add(all.locationOf(id), all.pathOf(id), Msg.BAD_FAMILY_ID, id);
        }
        String[] name = names(m);
        List<String> judges = m.oneOfEach("judges", RuleFamily.SECTIONS);
        String unreported = m.oneOf("unreported", false, List.of("judged", "skipped"));
        Boolean scored = m.flag("scorecard");
        m.done();
        if (name != null) {
            families.put(id, new RuleFamily(id, name[0], name[1], List.copyOf(judges), "judged".equals(unreported),
                    scored == null || scored, all.locationOf(id)));
        }
    }

    private void sources(YamlMap root) {
        YamlMap instruments = root.map("instruments", false);
        if (instruments != null) {
            instruments.eachMapping(this::instrument);
        }
        YamlMap references = root.map("references", false);
        if (references != null) {
            references.eachMapping(this::reference);
        }
    }

    private void instrument(String id, YamlMap m) {
        String kind = kind(m, LegalSource.INSTRUMENT_KINDS);
        String number = m.text("number", true);
        String[] name = both(m.map("name", false));
        String[] issuer = both(m.map("issuer", true));
        LocalDate signed = m.date("signed", true);
        LocalDate from = m.date("from", true);
        LocalDate until = m.date("until", false);
        String[] title = both(m.map("title", true));
        m.text("checked", true);
        String url = m.text("url", false);
        m.done();
        if (from != null && until != null && !until.isAfter(from)) {
            errors.add(m.locationOf("until"), m.pathOf("until"), Msg.KNOWLEDGE_DATES, until, from);
        }
        if (kind != null && number != null && issuer != null && title != null && from != null) {
            sources.put(id, new LegalSource(id, true, kind, labels.get(kind)[0], labels.get(kind)[1], number,
                    name == null ? null : name[0],
                    name == null ? null : name[1], title[0], title[1], issuer[0], issuer[1], signed, from, until, url,
                    m.location()));
        }
    }

    private void reference(String id, YamlMap m) {
        String kind = kind(m, null);
        LocalDate date = m.date("date", false);
        String[] title = both(m.map("title", true));
        m.text("checked", false);
        String url = m.text("url", false);
        m.done();
        if (kind != null && title != null) {
            sources.put(id, new LegalSource(id, false, kind, labels.get(kind)[0], labels.get(kind)[1], null, null, null,
                    title[0], title[1], null, null, date,
                    date == null ? LocalDate.MIN : date, null, url, m.location()));
        }
    }

    /** The kind of a source: a labelled term (terms.yaml, sourceKind), one of the allowed ones when they are given. */
    private String kind(YamlMap m, List<String> allowed) {
        String kind = m.text("kind", true);
        if (kind != null && (!labels.containsKey(kind) || allowed != null && !allowed.contains(kind))) {
            errors.add(m.valueLocation("kind"), m.pathOf("kind"), Msg.NOT_ONE_OF, kind,
                    String.join(", ", allowed != null ? allowed : labels.keySet()));
            return null;
        }
        return kind;
    }

    /** {vi: …, en: …}: both required. */
    private static String[] both(YamlMap m) {
        if (m == null) {
            return null;
        }
        String[] names = names(m);
        m.done();
        return names;
    }

    /** The vi and en keys of a mapping that may hold more. */
    private static String[] names(YamlMap m) {
        String vi = m.text("vi", true);
        String en = m.text("en", true);
        return vi == null || en == null ? null : new String[] {vi, en};
    }

    private void terms(YamlMap root) {
        root.eachMapping((vocabulary, values) -> values.eachMapping((value, m) -> {
            String[] name = names(m);
            List<String> covered = m.ids("covers");
            m.done();
            if (name != null) {
                label(value, name[0], name[1], values.locationOf(value), values.pathOf(value));
                covered.forEach(c -> covers.add(new Covers(value, c)));
            }
        }));
    }

    private void label(String value, String vi, String en, Location at, String field) {
        String[] before = labels.putIfAbsent(value, new String[] {vi, en});
        if (before != null && !(before[0].equals(vi) && before[1].equals(en))) {
            errors.add(at, field, Msg.KNOWLEDGE_TWO_LABELS, value, labelledAt.get(value));
        } else {
            labelledAt.putIfAbsent(value, at);
        }
    }

    private void provinces(YamlMap root) {
        YamlMap all = root.map("provinces", true);
        if (all == null) {
            return;
        }
        all.eachMapping((id, m) -> {
            String[] name = names(m);
            LocalDate until = m.date("until", false);
            String successor = m.id("mergedInto", false);
            m.done();
            if (name != null) {
                label(id, name[0], name[1], all.locationOf(id), all.pathOf(id));
                provinces.add(new Province(id, name[0], until, successor));
            }
        });
    }
}
