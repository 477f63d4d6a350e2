package dxcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.engine.RuleInfo;
import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.model.Waiver;
import dxcheck.text.Lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF 2.1.0: one run, a reportingDescriptor per rule (legal basis and policy keys in its properties), one result
 * per finding with its physical location; waived findings carry an external suppression naming the waiver.
 */
public final class SarifReporter implements Reporter {
    @Override
    public String render(Report report, Lang lang) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dxcheck").put("version", report.toolVersion());
        List<String> ids = new ArrayList<>(report.rules().keySet());
        ArrayNode rules = driver.putArray("rules");
        report.rules().values().forEach(r -> descriptor(rules.addObject(), r, report.asOf(), lang));
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            result(results.addObject(), f, ids.indexOf(f.getRule()), report, lang);
        }
        ObjectNode runProperties = run.putObject("properties").put("asOf", report.asOf().toString());
        ArrayNode policies = runProperties.putArray("policies"); // every layer, so a policy among the inputs is named
        report.policies().forEach(p -> policies.addObject().put("id", p.id()).put("origin", p.origin().id())
                .put("file", p.source().location().file()));
        return Json.write(root);
    }

    private static void descriptor(ObjectNode d, RuleInfo r, java.time.LocalDate asOf, Lang lang) {
        d.put("id", r.id()).put("name", r.name());
        d.putObject("shortDescription").put("text", r.title(lang));
        String basis = r.legalBasis(lang, asOf);
        d.putObject("fullDescription").put("text", basis.isEmpty() ? r.title(lang) : r.title(lang) + " — " + basis);
        d.putObject("help").put("text", r.remediation(lang));
        d.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode p = d.putObject("properties");
        p.put("legalBasis", basis);
        p.set("legalBases", JsonReporter.citations(r.legalBases(), asOf, lang));
        p.set("references", JsonReporter.citations(r.references(), asOf, lang));
        ArrayNode keys = p.putArray("policyKeys");
        r.policyKeys().forEach(keys::add);
        p.put("titleVi", r.titleVi()).put("titleEn", r.titleEn());
    }

    private static void result(ObjectNode o, Finding f, int ruleIndex, Report report, Lang lang) {
        o.put("ruleId", f.getRule()).put("ruleIndex", ruleIndex).put("level", level(f.getSeverity()));
        o.putObject("message").put("text", report.message(f, lang));
        ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(f.getLocation().file()));
        ObjectNode region = physical.putObject("region").put("startLine", Math.max(1, f.getLocation().line()));
        if (f.getLocation().column() > 0) {
            region.put("startColumn", f.getLocation().column());
        }
        o.putObject("partialFingerprints").put("dxcheck/v1", f.fingerprint());
        ObjectNode properties = o.putObject("properties").put("subject", f.getSubject())
                .put("severity", f.getSeverity().id());
        JsonReporter.cell(properties, f.getLocation()); // a workbook's region is row and column; the sheet is here
        Waiver w = report.waiver(f);
        if (w != null) {
            ObjectNode s = o.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted");
            s.put("justification", w.reason());
            s.putObject("properties").put("waiver", w.id()).put("expires", String.valueOf(w.expires()));
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Relative paths stay relative references; absolute ones become file: URIs; both with forward slashes. */
    static String uri(String file) {
        Path p = Path.of(file);
        return p.isAbsolute() ? p.toUri().toString() : file.replace('\\', '/').replace(" ", "%20");
    }
}
