package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.KnowledgeReader;
import dxcheck.model.Location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a rules folder is made of, read once into memory: every .drl, kmodule.xml, policy.yaml and what the folder
 * knows beside its rules (families.yaml, legal-sources.yaml, terms.yaml, provinces.yaml). A rule base is built from
 * these bytes, and the fingerprint is of the same bytes: it names the rule base in memory and on disk
 * ({@link RuleBase#key}) and is the version a server says it serves — never a file read again while an editor is
 * still saving it (issue 13).
 */
public final class RuleSources {
    private final Path dir;
    private final List<DrlFile> files;
    private final String kmodule;
    private final byte[] policy;
    private final Map<String, byte[]> knowledge;
    private final String fingerprint;

    private RuleSources(Path dir, List<DrlFile> files, String kmodule, byte[] policy, Map<String, byte[]> knowledge) {
        this.dir = dir;
        this.files = files;
        this.kmodule = kmodule;
        this.policy = policy;
        this.knowledge = knowledge;
        this.fingerprint = digest();
    }

    /** Reads the folder; one that cannot be read (missing, unreadable) is an error at the folder. */
    public static RuleSources read(Path dir) throws RulesNotUsableException {
        try {
            byte[] policy = readIfThere(dir.resolve("policy.yaml"));
            Map<String, byte[]> knowledge = new TreeMap<>();
            for (String name : KnowledgeReader.FILES) {
                byte[] bytes = readIfThere(dir.resolve(name));
                if (bytes != null) {
                    knowledge.put(name, bytes);
                }
            }
            byte[] kmodule = readIfThere(dir.resolve(RulePacks.KMODULE));
            return new RuleSources(dir, DrlFile.under(dir),
                    kmodule == null ? "" : new String(kmodule, StandardCharsets.UTF_8), policy,
                    Collections.unmodifiableMap(knowledge));
        } catch (IOException | UncheckedIOException e) {
            throw RulesNotUsableException.of(ErrorList.unreadable(new Location(dir.toString(), 0, 0), e));
        }
    }

    private static byte[] readIfThere(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    public Path dir() {
        return dir;
    }

    List<DrlFile> files() {
        return files;
    }

    /** The folder's kmodule.xml (its rule packs), or "" when it has none. */
    String kmodule() {
        return kmodule;
    }

    /** The folder's policy.yaml as read, or null when it has none. */
    public byte[] policy() {
        return policy == null ? null : policy.clone();
    }

    /** families.yaml, legal-sources.yaml, terms.yaml, provinces.yaml as read, by name (those the folder has). */
    public Map<String, byte[]> knowledge() {
        return knowledge;
    }

    /** SHA-256 (hex) of every file's path (relative to the folder) and bytes. */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Every rule id a rule of the folder carries (@id), in any package or pack, as written: a rule test case naming
     * another id has a typo.
     */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        ParsedRules.of(files).forEach(r -> {
            if (r.metadata().get("id") != null) {
                ids.add(r.metadata().get("id"));
            }
        });
        return ids;
    }

    private String digest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (DrlFile f : files) { // named relative to the folder: the spelling of --rules does not change it
            add(sha, f.kiePath(), f.text().getBytes(StandardCharsets.UTF_8));
        }
        add(sha, RulePacks.KMODULE, kmodule.getBytes(StandardCharsets.UTF_8));
        add(sha, "policy.yaml", policy == null ? new byte[0] : policy);
        knowledge.forEach((name, bytes) -> add(sha, name, bytes));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(bytes);
    }
}
