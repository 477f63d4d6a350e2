package dxcheck.load;

import dxcheck.model.Vocabulary;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.util.HashMap;
import java.util.Map;

/** Reads the envelope of one document (apiVersion, kind) and hands it to the reader of its kind ({@link Kinds}). */
final class DocumentReader {
    private final Map<String, KindReader> readers = new HashMap<>();
    private final Inputs out;

    DocumentReader(Inputs out, ErrorList errors) {
        this.out = out;
        Kinds.ALL.forEach(k -> readers.put(k.name(), k.reader().apply(out, errors)));
    }

    void read(YamlText text, Node node) {
        if (!(node instanceof MappingNode m)) {
            text.error(node, "", Msg.NOT_A_DOCUMENT, YamlText.describe(node));
            return;
        }
        YamlMap doc = YamlMap.root(text, m, text.location(m), "");
        String api = doc.text("apiVersion", true);
        if (api != null && !api.equals(Vocabulary.API_VERSION)) {
            text.error(doc.valueLocation("apiVersion"), "apiVersion", Msg.BAD_API_VERSION, "'" + api + "'");
        }
        String kind = doc.text("kind", true);
        KindReader reader = kind == null ? null : readers.get(kind);
        if (kind != null && reader == null) {
            text.error(doc.valueLocation("kind"), "kind", Msg.BAD_KIND, "'" + kind + "'",
                    String.join(", ", Kinds.names()));
        }
        if (api == null || reader == null) {
            return; // without a known kind, reports about the other keys would only be noise
        }
        YamlMap metadata = doc.map("metadata", true);
        YamlMap spec = doc.map("spec", true);
        if (metadata != null && spec != null) {
            reader.read(doc, metadata, spec);
            out.documents++;
        }
        doc.done();
    }
}
