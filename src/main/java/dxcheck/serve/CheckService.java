package dxcheck.serve;

import dxcheck.load.InputError;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.report.Report;
import dxcheck.run.CheckRunner;
import dxcheck.run.InputPolicies;
import dxcheck.text.Msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check of documents that came in a request. They are loaded from their bytes only: a name is a label for
 * locations, never a path, and no document can make the server read a file.
 */
final class CheckService {
    private CheckService() {
    }

    /** docs and policies by the name to show (already made safe and unique), in the order sent. */
    static Report check(LiveRules.Snapshot rules, LinkedHashMap<String, byte[]> docs,
                        LinkedHashMap<String, byte[]> policies, LocalDate asOf, boolean allowUploadPolicy)
            throws InvalidInputException {
        if (docs.isEmpty()) {
            throw new InvalidInputException(new InputError(null, "", Msg.HTTP_NO_DOCUMENTS));
        }
        if (!allowUploadPolicy && !policies.isEmpty()) {
            String first = policies.keySet().iterator().next();
            throw new InvalidInputException(new InputError(new Location(first, 1, 1), "", Msg.UPLOAD_POLICY_REFUSED));
        }
        Inputs inputs = Loader.loadBytes(docs);
        if (!allowUploadPolicy) {
            InputPolicies.refuse(inputs, "--allow-upload-policy");
        }
        if (inputs.documentCount() == 0) {
            String first = docs.keySet().iterator().next();
            throw new InvalidInputException(new InputError(new Location(first, 1, 1), "", Msg.HTTP_NO_DOCUMENTS));
        }
        List<PolicyDocument> overrides = new ArrayList<>(rules.serverPolicies());
        for (Map.Entry<String, byte[]> p : policies.entrySet()) {
            overrides.addAll(CheckRunner.onlyPolicies(Loader.loadBytes(Map.of(p.getKey(), p.getValue())), p.getKey(),
                    PolicyDocument.Origin.INPUT));
        }
        return CheckRunner.run(inputs, rules.basePolicy(), overrides, rules.rules(), asOf);
    }

    /** A label for an uploaded file: its last path segment, printable characters only, at most 120 of them. */
    static String safeName(String sent, String fallback) {
        if (sent == null) {
            return fallback;
        }
        String n = sent.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && c != ':').limit(120).forEach(sb::appendCodePoint);
        String s = sb.toString().strip();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? fallback : s;
    }

    /** name, or name-2, name-3… before the extension when the map already has it. */
    static String unique(String name, Map<String, ?> taken) {
        if (!taken.containsKey(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            String n = stem + "-" + i + ext;
            if (!taken.containsKey(n)) {
                return n;
            }
        }
    }
}
