package dxcheck.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dxcheck.cli.Cli;
import dxcheck.load.Inputs;
import dxcheck.load.Loader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed provinces through a workbook and back: YAML → export → workbook → import → YAML keeps every value, the
 * same export gives the same bytes, and a check of the workbook finds what the check of the YAML finds.
 */
class WorkbookRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    private static Inputs load(String... paths) throws Exception {
        return Loader.load(List.of(paths), InputStream.nullInputStream());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-giang", "ha-tinh", "quang-ninh"})
    void aProvinceKeepsEveryValueThroughAWorkbookAndBack(String province) throws Exception {
        Inputs yaml = load("fixtures/" + province);
        byte[] xlsx = WorkbookExport.export(yaml);
        assertArrayEquals(xlsx, WorkbookExport.export(yaml), "same documents, same bytes");
        Path book = tmp.resolve(province + ".xlsx");
        Files.write(book, xlsx);
        Inputs fromBook = load(book.toString());
        assertEquals(ModelValues.of(yaml), ModelValues.of(fromBook));

        Cli.Result imported = Cli.run("import", book.toString(), "--output", tmp.resolve("yaml").toString());
        assertEquals(0, imported.exit(), imported::toString);
        assertEquals(ModelValues.sorted(yaml), ModelValues.sorted(load(tmp.resolve("yaml").toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-giang:2021-06-23", "ha-tinh:2023-07-15", "quang-ninh:2022-12-31"})
    void aWorkbookChecksLikeItsYaml(String provinceAndDate) throws Exception {
        String province = provinceAndDate.split(":")[0];
        String asOf = provinceAndDate.split(":")[1];
        Path book = tmp.resolve(province + ".xlsx");
        Cli.Result export = Cli.run("export", "fixtures/" + province, "--output", book.toString());
        assertEquals(0, export.exit(), export::toString);
        List<String> withPolicy = new ArrayList<>(List.of(book.toString()));
        if (Files.exists(Path.of("fixtures", province, "policy.yaml"))) {
            assertTrue(export.err().contains("policy.yaml"), export::toString); // said to stay YAML
            withPolicy.add("fixtures/" + province + "/policy.yaml");
        }
        List<String> fromYaml = findings(check(asOf, List.of("fixtures/" + province)));
        List<String> fromBook = findings(check(asOf, withPolicy));
        assertTrue(fromYaml.size() > 3, fromYaml::toString);
        assertEquals(fromYaml, fromBook);
    }

    private static JsonNode check(String asOf, List<String> paths) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--lang", "en", "--as-of", asOf));
        args.addAll(paths);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertTrue(r.exit() < 2, r::toString);
        return JSON.readTree(r.out());
    }

    /** rule, subject, severity and message of every finding, sorted (the order follows files and lines). */
    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("rule").asText() + " " + f.get("subject").asText() + " "
                + f.get("severity").asText() + " " + f.get("waived").asText() + " " + f.get("message").asText()));
        out.sort(null);
        return out;
    }
}
