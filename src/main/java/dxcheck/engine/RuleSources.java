package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.InvalidInputException;
import dxcheck.model.Location;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a rules folder is made of, read once into memory: every .drl, kmodule.xml, policy.yaml and what the folder
 * knows beside its rules (legal-sources.yaml, terms.yaml, provinces.yaml). A rule base is
 * built from these bytes, and the fingerprint is of the same bytes, so that what a server says it serves is what it
 * built — never a file read again while an editor is still saving it (issue 13).
 */
public final class RuleSources {
    private final Path dir;
    private final List<DrlFile> files;
    private final String kmodule;
    private final byte[] policy;
    private final java.util.Map<String, byte[]> knowledge;

    private RuleSources(Path dir, List<DrlFile> files, String kmodule, byte[] policy,
                        java.util.Map<String, byte[]> knowledge) {
        this.dir = dir;
        this.files = files;
        this.kmodule = kmodule;
        this.policy = policy;
        this.knowledge = knowledge;
    }

    public static RuleSources read(Path dir) throws InvalidInputException {
        try {
            Path policyFile = dir.resolve("policy.yaml");
            byte[] policy = Files.isRegularFile(policyFile) ? Files.readAllBytes(policyFile) : null;
            java.util.Map<String, byte[]> knowledge = new java.util.TreeMap<>();
            for (String name : dxcheck.load.KnowledgeReader.FILES) {
                Path f = dir.resolve(name);
                if (Files.isRegularFile(f)) {
                    knowledge.put(name, Files.readAllBytes(f));
                }
            }
            return new RuleSources(dir, DrlFile.under(dir), RulePacks.kmoduleXml(dir), policy,
                    java.util.Collections.unmodifiableMap(knowledge));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ErrorList.unreadable(new Location(dir.toString(), 0, 0), e);
        }
    }

    public Path dir() {
        return dir;
    }

    List<DrlFile> files() {
        return files;
    }

    String kmodule() {
        return kmodule;
    }

    /** The folder's policy.yaml as read, or null when it has none. */
    public byte[] policy() {
        return policy == null ? null : policy.clone();
    }

    /** legal-sources.yaml, terms.yaml, provinces.yaml as read, by name (those the folder has). */
    public java.util.Map<String, byte[]> knowledge() {
        return knowledge;
    }

    String knowledgeText() {
        StringBuilder b = new StringBuilder();
        knowledge.forEach((name, bytes) -> b.append(name).append('\u0000')
                .append(new String(bytes, StandardCharsets.UTF_8)).append('\u0001'));
        return b.toString();
    }

    String policyText() {
        return policy == null ? "" : new String(policy, StandardCharsets.UTF_8);
    }

    /** SHA-256 (hex) of every file's path and bytes. */
    public String fingerprint() {
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
