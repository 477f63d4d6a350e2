package dxcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dxcheck.engine.RuleInfo;
import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.model.Waiver;
import dxcheck.text.Lang;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * SARIF 2.1.0 for code-scanning tools: one run, a reportingDescriptor per rule (legal basis and policy keys in its
 * properties, helpUri to its line of the rule catalogue), one result per finding with its physical location — a
 * percent-encoded URI relative to %SRCROOT% — and a hashed partial fingerprint; waived findings carry an external
 * suppression naming the waiver. GitHub code scanning refuses a run of more than 25,000 results: past the cap the
 * least severe results are left out (errors first, then warnings, then notes, each in report order) and the run's
 * properties and a tool notification say how many.
 */
public final class SarifReporter implements Reporter {
    static final String FINGERPRINT_KEY = "dxcheckFingerprint/v1";
    private final int maxResults;
    private final String category;
    private final String docsUrl;
    private final Path workingDir;

    public SarifReporter() {
        this(RenderOptions.DEFAULT);
    }

    /**
     * The options' sarifMaxResults (the most results written, 0: no cap), sarifCategory (automationDetails.id is
     * category/as-of date), docsUrl (informationUri, helpUri; null: none) and workingDir (relative URIs are relative
     * to it).
     */
    public SarifReporter(RenderOptions options) {
        this.maxResults = options.sarifMaxResults();
        this.category = options.sarifCategory();
        this.docsUrl = options.docsUrl();
        this.workingDir = options.workingDir();
    }

    /** How many findings of a report this reporter leaves out (0 when they fit). */
    public int leftOut(Report report) {
        return leftOutCount(report.findings().size());
    }

    @Override
    public String render(Report report, Lang lang) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dxcheck").put("fullName", "dxcheck " + report.toolVersion())
                .put("version", report.toolVersion()).put("semanticVersion", report.toolVersion());
        if (docsUrl != null) {
            driver.put("informationUri", docsUrl);
        }
        List<String> ids = new ArrayList<>(report.rules().keySet());
        ArrayNode rules = driver.putArray("rules");
        report.rules().values().forEach(r -> descriptor(rules.addObject(), r, report.asOf(), lang, docsUrl));
        // GitHub's category is the id up to its last slash, the same for every run, so alerts carry over
        run.putObject("automationDetails").put("id", category + "/" + report.asOf());
        run.putObject("originalUriBaseIds").putObject(FileUris.SRCROOT).putObject("description")
                .put("text", "The folder dxcheck was run in: input paths are relative to it.");
        List<Finding> shown = shown(report.findings());
        int omitted = report.findings().size() - shown.size();
        if (omitted > 0) {
            run.putArray("invocations").addObject().put("executionSuccessful", true)
                    .putArray("toolExecutionNotifications").addObject().put("level", "warning")
                    .putObject("message").put("text", capNote(report.findings().size(), shown.size()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : shown) {
            result(results.addObject(), f, ids.indexOf(f.getRule()), report, lang, workingDir);
        }
        ObjectNode props = run.putObject("properties").put("asOf", report.asOf().toString());
        ArrayNode policies = props.putArray("policies"); // every layer, so a policy among the inputs is named
        report.policies().forEach(p -> policies.addObject().put("id", p.id()).put("origin", p.origin().id())
                .put("file", p.source().location().file()));
        if (omitted > 0) {
            props.put("resultsTotal", report.findings().size()).put("resultsOmitted", omitted)
                    .put("note", capNote(report.findings().size(), shown.size()));
        }
        return Json.write(root);
    }

    /** The findings that fit under the cap: by severity, then in report order (the findings are sorted by file). */
    private List<Finding> shown(List<Finding> findings) {
        if (leftOutCount(findings.size()) == 0) {
            return findings;
        }
        List<Finding> bySeverity = new ArrayList<>(findings);
        bySeverity.sort(Comparator.comparingInt(f -> f.getSeverity().ordinal())); // stable: report order kept
        List<Finding> kept = new ArrayList<>(bySeverity.subList(0, maxResults));
        java.util.Set<Finding> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.addAll(kept);
        return findings.stream().filter(keep::contains).toList();
    }

    private int leftOutCount(int total) {
        return maxResults <= 0 ? 0 : Math.max(0, total - maxResults);
    }

    static String capNote(int total, int shown) {
        return "dxcheck found " + total + " results; only the " + shown + " most severe are in this run (GitHub code "
                + "scanning takes at most 25,000 per run). Check fewer folders at a time, or see the JSON report.";
    }

    private static void descriptor(ObjectNode d, RuleInfo r, java.time.LocalDate asOf, Lang lang, String docsUrl) {
        d.put("id", r.id()).put("name", r.name());
        d.putObject("shortDescription").put("text", r.title(lang));
        String basis = r.legalBasis(lang, asOf);
        d.putObject("fullDescription").put("text", basis.isEmpty() ? r.title(lang) : r.title(lang) + " — " + basis);
        d.putObject("help").put("text", r.remediation(lang));
        if (docsUrl != null) {
            d.put("helpUri", ProjectUrl.ruleHelp(docsUrl, r.id()));
        }
        d.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode p = d.putObject("properties");
        p.put("legalBasis", basis);
        p.set("legalBases", JsonReporter.citations(r.legalBases(), asOf, lang));
        p.set("references", JsonReporter.citations(r.references(), asOf, lang));
        ArrayNode keys = p.putArray("policyKeys");
        r.policyKeys().forEach(keys::add);
        p.put("titleVi", r.titleVi()).put("titleEn", r.titleEn());
    }

    private static void result(ObjectNode o, Finding f, int ruleIndex, Report report, Lang lang, Path cwd) {
        o.put("ruleId", f.getRule()).put("ruleIndex", ruleIndex).put("level", level(f.getSeverity()));
        o.putObject("message").put("text", report.message(f, lang));
        ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
        FileUris.Ref ref = FileUris.of(f.getLocation().file(), cwd);
        ObjectNode artifact = physical.putObject("artifactLocation").put("uri", ref.uri());
        if (ref.baseId() != null) {
            artifact.put("uriBaseId", ref.baseId());
        } else if (FileUris.STDIN_URI.equals(ref.uri())) {
            artifact.putObject("description").put("text", "standard input (-): the documents were piped to dxcheck");
        }
        ObjectNode region = physical.putObject("region").put("startLine", Math.max(1, f.getLocation().line()));
        if (f.getLocation().column() > 0) {
            region.put("startColumn", f.getLocation().column());
        }
        o.putObject("partialFingerprints").put(FINGERPRINT_KEY, sha256(f.fingerprint()));
        ObjectNode properties = o.putObject("properties").put("subject", f.getSubject())
                .put("severity", f.getSeverity().id()).put("fingerprint", f.fingerprint());
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

    /** A fixed-length, ASCII form of the fingerprint (rule, subject, field, texts), stable across runs. */
    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
