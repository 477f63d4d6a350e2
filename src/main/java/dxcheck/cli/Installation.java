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
}
