package dxcheck.serve;

import dxcheck.text.Lang;
import dxcheck.text.Msg;
import dxcheck.text.Shown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a POST /api/check asks for, once its body is parsed: the documents and policies by the name to show (made safe
 * and unique: a name is a label for locations, never a path), in the order sent, and the parameters (lang, format,
 * asOf, name) from the query or the form's fields.
 */
record CheckForm(LinkedHashMap<String, byte[]> docs, LinkedHashMap<String, byte[]> policies,
                 Map<String, String> fields) {

    /** The form of the body, or null when the body could not be read (then already answered). */
    static CheckForm parse(Exchange x, byte[] body, Map<String, String> query, Lang queryLang) {
        CheckForm form = new CheckForm(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(query));
        String type = x.header("Content-Type");
        String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        switch (mediaType) {
            case "multipart/form-data" -> {
                List<Multipart.Part> parts;
                try {
                    String boundary = Multipart.boundary(type);
                    if (boundary == null) {
                        throw new Multipart.Malformed("no boundary parameter in Content-Type");
                    }
                    parts = Multipart.parse(body, boundary);
                } catch (Multipart.Malformed e) {
                    x.sendError(400, Msg.HTTP_BAD_FORM.format(queryLang, Shown.echo(e.getMessage())));
                    return null;
                }
                parts.forEach(form::add);
            }
            case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain" ->
                    form.docs.put(safeName(form.fields.get("name"), DxServer.PASTED), body);
            default -> {
                x.sendError(415, Msg.HTTP_CONTENT_TYPE.format(queryLang, Shown.echo(type == null ? "" : type)));
                return null;
            }
        }
        return form;
    }

    private void add(Multipart.Part p) {
        switch (p.name()) {
            case "files", "file" -> {
                if (p.data().length > 0 || (p.filename() != null && !p.filename().isEmpty())) {
                    docs.put(unique(safeName(p.filename(), DxServer.PASTED), docs), p.data());
                }
            }
            case "policy" -> {
                if (p.data().length > 0) {
                    String name = safeName(p.filename(), "policy.yaml");
                    policies.put(unique(name, docs.containsKey(name) ? docs : policies), p.data());
                }
            }
            case "asOf", "lang", "format" -> fields.put(p.name(), p.text().trim());
            default -> {
                // other fields are ignored, as a form may carry buttons and the like
            }
        }
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
