package dxcheck.engine;

import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The version Maven wrote into dxcheck/version.txt ("dev" outside a build), and the Drools version it runs on. */
public final class ToolVersion {
    private static final String VERSION = read();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    /** The Drools API and engine versions, e.g. 10.1.0/10.1.0. */
    public static String drools() {
        String api = KieBase.class.getPackage() == null ? null : KieBase.class.getPackage().getImplementationVersion();
        return api + "/" + engine();
    }

    /** The Drools engine's version. */
    public static String engine() {
        return org.drools.core.impl.KnowledgeBaseImpl.class.getPackage().getImplementationVersion();
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dxcheck/version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("dxcheck/version.txt in dxcheck's jar cannot be read", e);
        }
    }
}
