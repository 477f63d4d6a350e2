package dxcheck.xlsx;

import dxcheck.load.Inputs;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loaded documents as YAML files (dxcheck import): one file per document, agencies/ID.yaml, plans/ID.yaml,
 * waivers/ID.yaml, keys in the order of input-format.md, dates unquoted, texts quoted only where YAML needs it.
 */
public final class YamlFiles {
    private YamlFiles() {
    }

    /** Relative path → file content, in the order of the documents. */
    public static Map<String, String> of(Inputs inputs) {
        Yaml yaml = yaml();
        Map<String, String> files = new LinkedHashMap<>();
        for (ModelDocuments.Document d : ModelDocuments.of(inputs)) {
            String folder = switch (d.kind()) {
                case "AgencyStatus" -> "agencies";
                case "Plan" -> "plans";
                default -> "waivers";
            };
            files.put(folder + "/" + d.id() + ".yaml", yaml.dump(d.tree()));
        }
        return files;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        Representer representer = new Representer(options) {
            {
                Represent date = data -> representScalar(Tag.TIMESTAMP, data.toString());
                representers.put(LocalDate.class, date);
                // 100, not 100.0: a whole percentage reads back as the same number
                Represent number = data -> {
                    double d = (Double) data;
                    return d == Math.rint(d) && Math.abs(d) < 1e15 ? representScalar(Tag.INT, String.valueOf((long) d))
                            : representScalar(Tag.FLOAT, java.math.BigDecimal.valueOf(d).toPlainString());
                };
                representers.put(Double.class, number);
            }
        };
        return new Yaml(representer, options);
    }
}
