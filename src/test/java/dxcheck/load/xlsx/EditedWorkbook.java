package dxcheck.load.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workbooks as a spreadsheet program or a mistake would leave them: one part's XML changed. */
public final class EditedWorkbook {
    private EditedWorkbook() {
    }

    /** The workbook with one part's XML changed. */
    public static byte[] rewrite(byte[] xlsx, String part, java.util.function.UnaryOperator<String> change) throws Exception {
        ZipParts parts = new ZipParts(xlsx, Long.MAX_VALUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : parts.names()) {
                byte[] bytes = parts.bytes(name);
                if (name.equals(part)) {
                    String before = new String(bytes, StandardCharsets.UTF_8);
                    String after = change.apply(before);
                    assertTrue(!after.equals(before), "the change applies to " + part);
                    bytes = after.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(name));
                z.write(bytes);
            }
        }
        return out.toByteArray();
    }
}
