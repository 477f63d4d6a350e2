package dxcheck.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.engine.RuleBase;
import dxcheck.engine.RuleInfo;
import dxcheck.load.CannotRunException;
import dxcheck.load.InputError;
import dxcheck.load.InvalidInputException;
import dxcheck.model.Finding;
import dxcheck.model.Location;
import dxcheck.report.Report;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRequest;
import dxcheck.run.CheckRunner;
import dxcheck.run.Progress;
import dxcheck.text.Lang;
import dxcheck.text.MessageText;
import dxcheck.text.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One side of a diff: the findings of a check of documents, or those of an earlier JSON report. */
public final class DiffSide {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiffSide() {
    }

    /** path is a folder or YAML file to check with the rules and options, or a dxcheck JSON report. */
    public static List<DiffEntry> load(String path, CheckRunner.Rules rules, CheckOptions options, InputStream stdin)
            throws CannotRunException {
        Path p = Path.of(path);
        if (path.endsWith(".json") && Files.isRegularFile(p)) {
            return fromReport(p, rules.get().rules(), options.lang());
        }
        Report report = CheckRunner.run(rules, new CheckRequest(List.of(path), options), stdin, Progress.NONE);
        List<DiffEntry> entries = new ArrayList<>();
        for (Finding f : report.findings()) {
            entries.add(DiffEntry.of(f, report, options.lang()));
        }
        return entries;
    }

    private static List<DiffEntry> fromReport(Path file, RuleBase base, Lang lang)
            throws InvalidInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            Location at = e.getLocation() == null ? at(file, 1, 1)
                    : at(file, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw notAReport(at, e.getOriginalMessage());
        } catch (IOException e) {
            throw notAReport(at(file, 1, 1), e.getMessage());
        }
        if (root == null || !"dxcheck".equals(root.path("tool").path("name").asText())
                || !root.path("findings").isArray()) {
            throw notAReport(at(file, 1, 1), "tool.name, findings");
        }
        boolean sameLang = lang.name().equalsIgnoreCase(root.path("lang").asText());
        Map<String, RuleInfo> rules = base.rules();
        List<DiffEntry> entries = new ArrayList<>();
        for (JsonNode f : root.get("findings")) {
            DiffEntry e = DiffEntry.fromJson(f);
            if (e != null && !sameLang && rules.containsKey(e.rule()) && f.path("values").isObject()) {
                String variant = f.hasNonNull("variant") ? f.get("variant").asText() : null;
                e = e.withMessage(MessageText.render(rules.get(e.rule()).message(lang, variant), values(f.get("values")),
                        lang, base.knowledge().terms()));
            }
            if (e == null) {
                throw notAReport(at(file, 1, 1), "findings[" + entries.size() + "]: fingerprint, rule, severity, "
                        + "subject, file, line, message");
            }
            entries.add(e);
        }
        return entries;
    }

    /** A report's values as the rules made them: whole numbers as Long, others as Double, texts, lists. */
    private static Map<String, Object> values(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), value(MAPPER.convertValue(e.getValue(), Object.class))));
        return values;
    }

    /** A date, which the report writes as ISO text, is a date again (so it is written as the language writes it). */
    private static Object value(Object v) {
        if (v instanceof String s && s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return java.time.LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                return s;
            }
        }
        return v;
    }

    private static Location at(Path file, int line, int column) {
        return new Location(file.toString(), line, column);
    }

    private static InvalidInputException notAReport(Location at, String detail) {
        return new InvalidInputException(new InputError(at, "", Msg.NOT_A_REPORT, detail));
    }
}
