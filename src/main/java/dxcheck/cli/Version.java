package dxcheck.cli;

import dxcheck.run.RulesVersion;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The version Maven wrote into dxcheck/version.txt, and what a run depends on: Drools, Java, the rules. */
public final class Version implements IVersionProvider {
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/dxcheck/version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        Path rules = Installation.rulesDir();
        String rulesLine = Files.isDirectory(rules)
                ? "rules " + RulesVersion.of(rules, List.of(), null) + " (" + rules.toAbsolutePath().normalize() + ")"
                : "rules: no folder at " + rules.toAbsolutePath().normalize();
        return new String[] {
            "dxcheck " + get(),
            "Drools " + org.drools.core.impl.KnowledgeBaseImpl.class.getPackage().getImplementationVersion(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.home") + ")",
            rulesLine,
        };
    }
}
