package dxcheck.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.report.Json;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.util.List;

/** A diff as text (fixed with "-", introduced with "+", a summary) or as JSON. */
public final class DiffReport {
    public static final List<String> FORMATS = List.of("text", "json");

    private DiffReport() {
    }

    public static String render(FindingDiff d, String format, Lang lang) {
        return "json".equals(format) ? json(d, lang) : text(d, lang);
    }

    static String text(FindingDiff d, Lang lang) {
        StringBuilder out = new StringBuilder();
        section(out, Msg.DIFF_FIXED.format(lang, d.fixed().size()), "-", d.fixed(), lang);
        section(out, Msg.DIFF_INTRODUCED.format(lang, d.introduced().size()), "+", d.introduced(), lang);
        out.append(Msg.DIFF_UNCHANGED.format(lang, d.unchanged().size())).append('\n');
        out.append(summary(d, lang)).append('\n');
        return out.toString();
    }

    private static String summary(FindingDiff d, Lang lang) {
        return Msg.DIFF_SUMMARY.format(lang, d.fixed().size(), d.introduced().size(), d.unchanged().size());
    }

    private static void section(StringBuilder out, String title, String mark, List<DiffEntry> entries, Lang lang) {
        out.append(title).append(entries.isEmpty() ? "\n" : ":\n");
        for (DiffEntry e : entries) {
            out.append("  ").append(mark).append(' ').append(Shown.line(e.where())).append(": ")
                    .append(Msg.severity(e.severity(), lang)).append(' ').append(Shown.line(e.rule())).append(' ')
                    .append(Shown.line(e.subject())).append(": ").append(Shown.line(e.message()));
            if (e.waived()) {
                out.append(" [").append(Msg.REPORT_WAIVED.format(lang)).append(']');
            }
            out.append('\n');
        }
    }

    static String json(FindingDiff d, Lang lang) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("lang", lang == Lang.VI ? "vi" : "en");
        entries(root.putArray("fixed"), d.fixed());
        entries(root.putArray("introduced"), d.introduced());
        entries(root.putArray("unchanged"), d.unchanged());
        root.putObject("summary").put("fixed", d.fixed().size()).put("introduced", d.introduced().size())
                .put("unchanged", d.unchanged().size());
        return Json.write(root);
    }

    private static void entries(ArrayNode array, List<DiffEntry> entries) {
        for (DiffEntry e : entries) {
            ObjectNode o = array.addObject().put("rule", e.rule()).put("severity", e.severity().id())
                    .put("subject", e.subject()).put("file", e.file()).put("line", e.line());
            if (e.cell() != null) {
                o.put("cell", e.cell());
            }
            o.put("message", e.message()).put("waived", e.waived()).put("fingerprint", e.fingerprint());
        }
    }
}
