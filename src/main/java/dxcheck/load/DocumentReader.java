package dxcheck.load;

import dxcheck.model.Vocabulary;
import dxcheck.text.Msg;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the envelope of one document (apiVersion, kind) and hands it to the reader of its kind. */
final class DocumentReader {
    private final AgencyStatusReader agencies;
    private final PlanReader plans;
    private final PolicyReader policies;
    private final WaiverReader waivers;

    DocumentReader(Inputs out, ErrorList errors) {
        agencies = new AgencyStatusReader(out);
        plans = new PlanReader(out, errors);
        policies = new PolicyReader(out);
        waivers = new WaiverReader(out, errors);
    }

    void read(YamlText text, Node node) {
        if (!(node instanceof MappingNode m)) {
            text.error(node, "", Msg.NOT_A_DOCUMENT, YamlText.describe(node));
            return;
        }
        YamlMap doc = YamlMap.root(text, m, text.location(m), "");
        String api = doc.text("apiVersion", true);
        if (api != null && !api.equals(Vocabulary.API_VERSION)) {
            text.error(doc.locationOf("apiVersion"), "apiVersion", Msg.BAD_API_VERSION, "'" + api + "'");
        }
        String kind = doc.text("kind", true);
        if (api != null && kind != null) {
            switch (kind) {
                case "AgencyStatus" -> agencies.read(doc);
                case "Plan" -> plans.read(doc);
                case "Policy" -> policies.read(doc);
                case "Waiver" -> waivers.read(doc);
                default -> text.error(doc.locationOf("kind"), "kind", Msg.BAD_KIND, "'" + kind + "'");
            }
        }
        if (kind == null || Vocabulary.KINDS.contains(kind)) {
            doc.done();
        }
    }
}
