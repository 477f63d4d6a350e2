package dxcheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A .drl file of the rules folder: its path as shown to the author, its path in the KieFileSystem, its text. */
record DrlFile(String shownPath, String kiePath, String text) {
    /** Where a file of the rules folder goes in the KieFileSystem: its folder is its kmodule.xml package. */
    static final String KIE_RESOURCES = "src/main/resources/";

    static List<DrlFile> under(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".drl")).filter(Files::isRegularFile).sorted()
                    .map(p -> read(dir, p)).toList();
        }
    }

    private static DrlFile read(Path dir, Path p) {
        try {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            return new DrlFile(p.toString(), KIE_RESOURCES + rel, Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of a 1-based line, or "" when out of range. */
    String line(int n) {
        String[] lines = text.split("\r?\n", -1);
        return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    boolean matchesKiePath(String messagePath) {
        return messagePath != null && kiePath.endsWith(messagePath.replace('\\', '/'));
    }
}
