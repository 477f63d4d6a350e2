package dxcheck.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short hash of what a run's rules are made of: every .drl, kmodule.xml and policy.yaml of the rules folder (named
 * relative to it, so the spelling of --rules does not matter), the --policy files and the rule pack. Shown by
 * {@code dxcheck --version} and serve's /health.
 */
public final class RulesVersion {
    private RulesVersion() {
    }

    public static String of(Path rulesDir, List<String> policyFiles, String kbase) {
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(rulesDir) ? Files.walk(rulesDir) : Stream.empty()) {
            files = s.filter(Files::isRegularFile).filter(RulesVersion::isRuleFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            files = List.of();
            sha.update(("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
        for (Path f : files) {
            digest(sha, rulesDir.relativize(f).toString().replace('\\', '/'), f);
        }
        policyFiles.forEach(p -> digest(sha, p, Path.of(p)));
        if (kbase != null) {
            sha.update(kbase.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static boolean isRuleFile(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".drl") || n.equals("kmodule.xml") || n.equals("policy.yaml");
    }

    private static void digest(MessageDigest sha, String name, Path f) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        try {
            sha.update(Files.readAllBytes(f));
        } catch (IOException e) {
            sha.update(("unreadable " + e.getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
