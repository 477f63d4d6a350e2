package dxcheck.load;

import dxcheck.load.xlsx.SheetDocuments;
import dxcheck.model.Source;
import org.yaml.snakeyaml.nodes.Node;

import java.util.List;

/**
 * An .xlsx workbook among the inputs: its rows become the node trees a YAML file would give, read by the same
 * {@link DocumentReader}. A class of its own so that a run of YAML files never loads the workbook classes.
 */
final class WorkbookInput {
    private WorkbookInput() {
    }

    static void read(String name, byte[] bytes, Inputs into, ErrorList errors, Source.Shapes shapes) {
        List<Node> documents = SheetDocuments.read(name, bytes, errors);
        YamlText text = new YamlText(name, errors, true, shapes);
        DocumentReader reader = new DocumentReader(into, errors);
        for (Node doc : documents) {
            if (!Loader.readCounted(text, reader, into, doc)) {
                return;
            }
        }
    }
}
