package dxcheck.generate;

import dxcheck.load.Inputs;
import dxcheck.load.Loader;
import dxcheck.model.Finding;
import dxcheck.report.Report;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRequest;
import dxcheck.run.Progress;
import dxcheck.run.CheckRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void smallScaleLoadsAndHasFindingsOfMostFamilies() throws Exception {
        Path out = tmp.resolve("national");
        NationalGenerator.Result r = new NationalGenerator(7, 0.005).writeTo(out);
        assertTrue(r.facts() > 4000 && r.facts() < 6000, r.toString());

        Inputs inputs = Loader.load(List.of(out.toString()), InputStream.nullInputStream());
        assertEquals(r.facts(), inputs.facts().size(), "every generated fact loads, none rejected");

        Report report = CheckRunner.run(dxcheck.TestRules::shipped, new CheckRequest(List.of(out.toString()),
                CheckOptions.at(LocalDate.parse(NationalGenerator.AS_OF))), InputStream.nullInputStream(),
                Progress.NONE);
        Set<String> families = report.findings().stream().map(Finding::getRule).map(id -> id.substring(0, 3))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(families.containsAll(Set.of("ACC", "STF", "SEC", "SVC", "DOC", "INF", "PLN", "WVR")), families::toString);
        long rules = report.findings().stream().map(Finding::getRule).distinct().count();
        assertTrue(rules >= 20, "findings of " + rules + " rules");
        // a realistic mix: far fewer findings than facts, and not all of one severity
        assertTrue(report.findings().size() < inputs.facts().size() / 2, "findings " + report.findings().size());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        String a = digest(write(1, "a"));
        String b = digest(write(1, "b"));
        String c = digest(write(2, "c"));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void scaleSetsTheFactCount() throws IOException {
        NationalGenerator.Result r = new NationalGenerator(1, 0.001).writeTo(tmp.resolve("k"));
        assertTrue(Math.abs(r.facts() - 1000) <= 10, r.toString());
    }

    private Path write(long seed, String name) throws IOException {
        Path out = tmp.resolve(name);
        new NationalGenerator(seed, 0.002).writeTo(out);
        return out;
    }

    private static String digest(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                d.update(dir.relativize(p).toString().getBytes());
                d.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
