package dxcheck.xlsx;

import dxcheck.load.Inputs;
import dxcheck.load.Loader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fixtures → workbook → facts: the same values as from the YAML; the workbook the same bytes every time. */
class WorkbookRoundTripTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"ha-giang", "ha-tinh", "quang-ninh"})
    void aProvinceReadsBackFromItsWorkbook(String province) throws Exception {
        Inputs yaml = Loader.load(List.of("fixtures/" + province), InputStream.nullInputStream());
        byte[] xlsx = WorkbookExport.export(yaml);
        assertArrayEquals(xlsx, WorkbookExport.export(yaml), "same documents, same bytes");
        Path file = tmp.resolve(province + ".xlsx");
        Files.write(file, xlsx);
        Inputs back = Loader.load(List.of(file.toString()), InputStream.nullInputStream());
        assertEquals(ModelValues.of(yaml), ModelValues.of(back));
    }
}
