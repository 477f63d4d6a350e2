package dxcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.engine.RuleInfo;
import dxcheck.model.Evidence;
import dxcheck.model.Finding;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Lang;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** The JSON report of cli-and-output.md; fields in a fixed order so the same run gives the same bytes. */
public final class JsonReporter implements Reporter {
    private static final ObjectMapper MAPPER = Json.MAPPER;

    @Override
    public String render(Report report, Lang lang) {
        StringWriter out = new StringWriter(1024 + report.findings().size() * 1024);
        try {
            write(report, lang, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One finding at a time into out: a national report is never held whole, as text or as nodes. */
    @Override
    public void write(Report report, Lang lang, java.io.Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            writeFields(g, head(report, lang));
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                ObjectNode o = MAPPER.createObjectNode();
                finding(o, f, report, lang);
                g.writeTree(o);
            }
            g.writeEndArray();
            ObjectNode tail = MAPPER.createObjectNode();
            tail.set("summary", summary(report.summary()));
            tail.set("scorecard", scorecard(report.scorecard()));
            writeFields(g, tail);
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFields(JsonGenerator g, ObjectNode fields) throws IOException {
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            g.writeFieldName(f.getKey());
            g.writeTree(f.getValue());
        }
    }

    /** tool, asOf, lang, inputs, policy: written as fields of the report's object. */
    private static ObjectNode head(Report report, Lang lang) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("tool").put("name", "dxcheck").put("version", report.toolVersion());
        root.put("asOf", report.asOf().toString());
        root.put("lang", lang.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode inputs = root.putArray("inputs");
        report.inputs().forEach(inputs::add);
        ArrayNode policy = root.putArray("policy");
        for (PolicyDocument p : report.policies()) {
            ObjectNode o = policy.addObject().put("id", p.id()).put("title", p.title())
                    .put("file", p.source().location().file()).put("origin", p.origin().id());
            if (p.jurisdiction() != null) {
                o.put("jurisdiction", p.jurisdiction());
            }
        }
        return root;
    }

    /**
     * The citations of a rule cited on a day, structured: the source's id, kind, number, title and dates (an
     * instrument's day of effect and end; a reference's date), the provision, and the citation in words.
     */
    static ArrayNode citations(java.util.List<dxcheck.model.Citation> cs, java.time.LocalDate day, Lang lang) {
        ArrayNode out = MAPPER.createArrayNode();
        for (dxcheck.model.Citation c : cs) {
            if (!c.citableAt(day)) {
                continue;
            }
            dxcheck.model.LegalSource s = c.source();
            ObjectNode o = out.addObject().put("id", s.id()).put("kind", s.kind());
            if (s.instrument()) {
                o.put("number", s.number()).put("inForceFrom", s.from().toString());
                if (s.until() != null) {
                    o.put("inForceUntil", s.until().minusDays(1).toString());
                }
                if (!c.provision().isEmpty()) {
                    o.put("provision", dxcheck.text.CitationText.provision(c.provision(), lang));
                }
            } else if (!s.from().equals(java.time.LocalDate.MIN)) {
                o.put("date", s.from().toString());
            }
            o.put("title", lang == Lang.VI ? s.titleVi() : s.titleEn()).put("text", dxcheck.text.CitationText.of(c, lang));
        }
        return out;
    }

    private static ObjectNode summary(Report.Summary s) {
        return MAPPER.createObjectNode().put("error", s.error()).put("warning", s.warning()).put("info", s.info())
                .put("waived", s.waived()).put("subjects", s.subjects()).put("rules", s.rules());
    }

    private static void finding(ObjectNode o, Finding f, Report report, Lang lang) {
        RuleInfo r = report.rule(f);
        o.put("rule", f.getRule()).put("severity", f.getSeverity().id()).put("subject", f.getSubject())
                .put("file", f.getLocation().file()).put("line", f.getLocation().line())
                .put("column", f.getLocation().column());
        cell(o, f.getLocation());
        o.put("title", r.title(lang))
                .put("message", report.message(f, lang)).put("legalBasis", report.legalBasis(f, lang));
        o.set("legalBases", citations(r.legalBases(), report.asOf(), lang));
        o.set("references", citations(r.references(), report.asOf(), lang));
        o.put("remediation", r.remediation(lang)).put("waived", f.isWaived())
                .put("field", f.getField()).put("fingerprint", f.fingerprint());
        if (f.isWaived()) {
            o.put("waiver", f.getWaiverId());
        }
        if (f.getVariant() != null) {
            o.put("variant", f.getVariant());
        }
        ObjectNode values = o.putObject("values");
        for (Map.Entry<String, Object> e : f.getParams().entrySet()) {
            values.set(e.getKey(), MAPPER.valueToTree(jsonValue(e.getValue())));
        }
        if (report.explain()) {
            ArrayNode matched = o.putArray("matched");
            for (Evidence e : f.getEvidence()) {
                ObjectNode m = matched.addObject().put("name", e.name()).put("kind", e.kind()).put("value", e.value());
                if (e.location() != null) {
                    m.put("file", e.location().file()).put("line", e.location().line());
                    cell(m, e.location());
                }
            }
        }
    }

    /** In a workbook: the sheet and the cell (C7) beside line (the row) and column; nothing for YAML. */
    public static void cell(ObjectNode o, dxcheck.model.Location at) {
        if (at.sheet() != null) {
            o.put("sheet", at.sheet()).put("cell", at.cell());
        }
    }

    private static ObjectNode scorecard(Scorecard card) {
        ObjectNode o = MAPPER.createObjectNode();
        rows(o.putArray("jurisdictions"), card.jurisdictions(), false);
        rows(o.putArray("agencies"), card.agencies(), true);
        rows(o.putArray("plans"), card.plans(), true);
        return o;
    }

    private static void rows(ArrayNode array, java.util.List<Scorecard.Row> rows, boolean named) {
        for (Scorecard.Row r : rows) {
            ObjectNode o = array.addObject().put("id", r.id());
            if (named) {
                o.put("name", r.name()).put("jurisdiction", r.jurisdiction());
            }
            ObjectNode fams = o.putObject("families");
            r.families().forEach((fam, sc) -> score(fams.putObject(fam), sc));
            score(o.putObject("total"), r.total());
        }
    }

    private static void score(ObjectNode o, Scorecard.Score s) {
        o.put("applicable", s.applicable()).put("passed", s.passed()).put("percent", s.percent());
    }

    /** Dates as ISO text; whole numbers without a fraction (policy numbers are read as doubles). */
    static Object jsonValue(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        return v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v;
    }
}
