package dxcheck.cli;

import dxcheck.engine.ToolVersion;
import dxcheck.run.RuleSets;
import dxcheck.run.RulesRequest;
import picocli.CommandLine.IVersionProvider;

import java.nio.file.Files;
import java.nio.file.Path;

/** What --version says: dxcheck's version, and what a run depends on: Drools, Java, the rules' version. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Path rules = Installation.rulesDir();
        String rulesLine = Files.isDirectory(rules)
                ? "rules " + new RuleSets().read(RulesRequest.of(rules)).version() + " ("
                        + rules.toAbsolutePath().normalize() + ")"
                : "rules: no folder at " + rules.toAbsolutePath().normalize();
        return new String[] {
            "dxcheck " + ToolVersion.get(),
            "Drools " + ToolVersion.engine(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.home") + ")",
            rulesLine,
        };
    }
}
