package dxcheck.cli;

import java.nio.file.Path;

/** Where dxcheck is installed: the launcher passes -Ddxcheck.home; otherwise the current directory. */
final class Installation {
    private Installation() {
    }

    /** The installation's rules folder, relative to the working directory when inside it (stable report paths). */
    static Path rulesDir() {
        String home = System.getProperty("dxcheck.home");
        if (home == null) {
            return Path.of("rules");
        }
        Path rules = Path.of(home, "rules").toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return rules.startsWith(cwd) ? cwd.relativize(rules) : rules;
    }

    /** The rule catalogue of the contract, in the shared folder beside the checkout, when it is there. */
    static Path catalogue() {
        String home = System.getProperty("dxcheck.home", ".");
        Path p = Path.of(home).toAbsolutePath().normalize().resolveSibling("shared/spec/rule-catalogue.md");
        return java.nio.file.Files.isRegularFile(p) ? p : null;
    }
}
