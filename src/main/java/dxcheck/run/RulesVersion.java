package dxcheck.run;

import dxcheck.load.CannotRunException;
import dxcheck.text.Lang;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A short hash of what a run's rules are made of: the rules folder's fingerprint (every .drl, kmodule.xml,
 * policy.yaml and knowledge file as read, named relative to the folder, so the spelling of --rules does not matter),
 * the --policy files and the rule pack. Shown by {@code dxcheck --version} and serve's /health, which builds from the
 * very bytes it hashed ({@link RuleSets#read}).
 */
final class RulesVersion {
    private RulesVersion() {
    }

    static String of(String fingerprint, Map<String, byte[]> policies, String kbase) {
        MessageDigest sha = sha256();
        sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
        policies.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            sha.update((byte) 1);
        });
        return finish(sha, kbase);
    }

    /** The version of a folder (or --policy file) that cannot be read: a hash of what stopped it. */
    static String unreadable(CannotRunException e, String kbase) {
        MessageDigest sha = sha256();
        sha.update(String.join("\n", e.lines(Lang.EN)).getBytes(StandardCharsets.UTF_8));
        return finish(sha, kbase);
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
