package dxcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Where dxcheck's documentation is published — $DXCHECK_DOCS_URL, else what the build was told (-Ddxcheck.url=…,
 * written into dxcheck/project.properties): SARIF's informationUri, and each rule's helpUri to its row of the
 * generated catalogue, docs/rules.md. Without one SARIF has neither (it needs absolute URIs there, and a made-up
 * address would send readers nowhere). The GitHub Action sets it to the action's own repository and version.
 */
public final class ProjectUrl {
    private ProjectUrl() {
    }

    /** The configured address, without a trailing slash; null when none is set. */
    public static String configured() {
        String env = clean(System.getenv("DXCHECK_DOCS_URL"));
        return env != null ? env : clean(built());
    }

    /** The catalogue's anchor of a rule (CatalogueDocs writes one per row: the id in lower case). */
    static String ruleHelp(String base, String ruleId) {
        return (base.endsWith("/") ? base : base + "/") + "docs/rules.md#" + ruleId.toLowerCase(Locale.ROOT);
    }

    private static String clean(String url) {
        if (url == null) {
            return null;
        }
        url = url.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.startsWith("https://") || url.startsWith("http://") ? url : null;
    }

    private static String built() {
        try (InputStream in = ProjectUrl.class.getResourceAsStream("/dxcheck/project.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("url");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("dxcheck/project.properties in dxcheck's jar cannot be read", e);
        }
    }
}
