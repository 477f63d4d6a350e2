package dxcheck.run;

import dxcheck.engine.RuleSources;
import dxcheck.load.ErrorList;
import dxcheck.load.InvalidInputException;
import dxcheck.model.Location;
import dxcheck.text.Lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A short hash of what a run's rules are made of: the rules folder's sources as read (every .drl, kmodule.xml,
 * policy.yaml and knowledge file, named relative to the folder, so the spelling of --rules does not matter), the
 * --policy files and the rule pack. Shown by {@code dxcheck --version} and serve's /health, which builds from the
 * very bytes it hashed.
 */
public final class RulesVersion {
    private RulesVersion() {
    }

    public static String of(RuleSources sources, Map<String, byte[]> policies, String kbase) {
        MessageDigest sha = sha256();
        sha.update(sources.fingerprint().getBytes(StandardCharsets.UTF_8));
        policies.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            sha.update((byte) 1);
        });
        return finish(sha, kbase);
    }

    /** The version of a folder (or --policy file) that cannot be read: a hash of what stopped it. */
    public static String unreadable(InvalidInputException e, String kbase) {
        MessageDigest sha = sha256();
        sha.update(String.join("\n", e.lines(Lang.EN)).getBytes(StandardCharsets.UTF_8));
        return finish(sha, kbase);
    }

    public static String of(Path rulesDir, List<String> policyFiles, String kbase) {
        try {
            RuleSources sources = RuleSources.read(rulesDir);
            Map<String, byte[]> policies = new LinkedHashMap<>();
            for (String p : policyFiles) {
                try {
                    policies.put(p, Files.readAllBytes(Path.of(p)));
                } catch (IOException e) {
                    throw ErrorList.unreadable(new Location(p, 0, 0), e);
                }
            }
            return of(sources, policies, kbase);
        } catch (InvalidInputException e) {
            return unreadable(e, kbase);
        }
    }

    private static String finish(MessageDigest sha, String kbase) {
        if (kbase != null) {
            sha.update(kbase.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
