package dxcheck.xlsx;

import dxcheck.load.xlsx.ZipParts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook FastExcel wrote byte-for-byte repeatable: FastExcel stamps docProps/core.xml with the current
 * instant and each zip entry with the current time. The parts are written again in name order, each dated at the
 * given day, and the document's creation date is that day too.
 */
public final class ZipStamp {
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private ZipStamp() {
    }

    public static byte[] fix(byte[] workbook, LocalDate day) {
        try {
            ZipParts parts = new ZipParts(workbook, Long.MAX_VALUE);
            ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length + 1024);
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.setLevel(6);
                for (String name : parts.names()) {
                    byte[] bytes = parts.bytes(name);
                    if (name.equals("docProps/core.xml")) {
                        bytes = created(bytes, day);
                    }
                    ZipEntry e = new ZipEntry(name);
                    e.setTimeLocal(LocalDateTime.of(day.isBefore(LocalDate.of(1980, 1, 1))
                            ? LocalDate.of(1980, 1, 1) : day, java.time.LocalTime.MIDNIGHT));
                    zip.putNextEntry(e);
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (ZipParts.Broken e) {
            throw new IllegalStateException("FastExcel wrote a zip dxcheck cannot read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] created(byte[] core, LocalDate day) {
        String xml = new String(core, StandardCharsets.UTF_8);
        Matcher m = CREATED.matcher(xml);
        return m.replaceFirst("$1" + day + "T00:00:00Z$2").getBytes(StandardCharsets.UTF_8);
    }
}
