package dxcheck.bench;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor under dxcheck's load (issue 16): the same files read and composed into SnakeYAML node trees, in parallel
 * as the loader reads them, and nothing else — no limits, no locations, no fields read, no facts made.
 */
final class ComposeFloor {
    private ComposeFloor() {
    }

    /** Composes every YAML file below dir; returns the number of documents (so the work cannot be skipped). */
    static long run(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        return files.parallelStream().mapToLong(ComposeFloor::compose).sum();
    }

    private static long compose(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            LoaderOptions options = new LoaderOptions();
            Composer c = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
            long docs = 0;
            while (c.checkNode()) {
                Node n = c.getNode();
                docs += n == null ? 0 : 1;
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
