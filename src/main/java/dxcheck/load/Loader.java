package dxcheck.load;

import dxcheck.model.AgencyStatus;
import dxcheck.model.InformationSystem;
import dxcheck.model.Location;
import dxcheck.model.Plan;
import dxcheck.model.PolicyDocument;
import dxcheck.model.ServiceItem;
import dxcheck.model.Waiver;
import dxcheck.text.Msg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads documents from files, directories (every *.yaml / *.yml below, sorted by path) and standard input ("-"),
 * collecting every error of the run before failing. Files are read and converted in parallel, each into its own
 * part; the parts are joined in path order, so facts and errors come out as if read one after the other. A file's
 * YAML node tree lives only while its documents are converted.
 */
public final class Loader {
    public static final String STDIN = "-";

    private final InputStream stdin;
    private final ErrorList errors = new ErrorList();
    private final Inputs inputs = new Inputs();
    /** What the run reads, in order: each part fills its own Inputs and ErrorList. */
    private final List<Part> parts = new java.util.ArrayList<>();

    private LoadProgress progress = LoadProgress.NONE;

    private interface Part {
        void read(Inputs into, ErrorList errors);
    }

    private Loader(InputStream stdin) {
        this.stdin = stdin;
    }

    public static Inputs load(List<String> paths, InputStream stdin) throws InvalidInputException {
        return load(paths, stdin, LoadProgress.NONE);
    }

    /** progress hears of each file read, from whichever thread read it. */
    public static Inputs load(List<String> paths, InputStream stdin, LoadProgress progress)
            throws InvalidInputException {
        Loader l = new Loader(stdin);
        l.progress = progress;
        for (String p : paths) {
            l.loadPath(p);
        }
        l.readParts();
        if (l.errors.isEmpty() && l.inputs.documentCount() == 0) {
            l.errors.add(null, "", Msg.NO_DOCUMENTS);
        }
        l.checkUniqueIds();
        l.errors.throwIfAny();
        return l.inputs;
    }

    /** Loads documents given as bytes with the name to show in locations (rule test cases, uploads). */
    public static Inputs loadBytes(Map<String, byte[]> sources) throws InvalidInputException {
        Loader l = new Loader(InputStream.nullInputStream());
        sources.forEach((name, bytes) -> l.readBytes(name, () -> bytes));
        l.readParts();
        l.checkUniqueIds();
        l.errors.throwIfAny();
        return l.inputs;
    }

    /** Reads the parts, in parallel when there are several, and joins them in order. */
    private void readParts() {
        record Done(Inputs inputs, ErrorList errors) {
        }
        java.util.stream.Stream<Part> s = parts.size() > 1 ? parts.parallelStream() : parts.stream();
        java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger documents = new java.util.concurrent.atomic.AtomicInteger();
        List<Done> done = s.map(part -> {
            Done d = new Done(new Inputs(), new ErrorList());
            part.read(d.inputs(), d.errors());
            progress.loaded("", files.incrementAndGet(), documents.addAndGet(d.inputs().documentCount()));
            return d;
        }).toList();
        for (Done d : done) {
            inputs.addAll(d.inputs());
            errors.addAll(d.errors());
        }
        parts.clear();
    }

    private void loadPath(String p) {
        if (STDIN.equals(p)) {
            byte[] bytes;
            try {
                bytes = stdin.readNBytes(Limits.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                parts.add((in, err) -> err.add(new Location("<stdin>", 0, 0), "", Msg.UNREADABLE,
                        e.getClass().getSimpleName()));
                return;
            }
            readBytes("<stdin>", () -> bytes);
            return;
        }
        Path path = Path.of(p);
        if (!Files.exists(path)) {
            parts.add((in, err) -> err.add(new Location(p, 0, 0), "", Msg.NO_SUCH_PATH));
        } else if (Files.isDirectory(path)) {
            yamlFilesUnder(path).forEach(this::loadFile);
        } else {
            loadFile(path);
        }
    }

    private List<Path> yamlFilesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(Loader::isYaml).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            parts.add((in, err) -> err.add(new Location(dir.toString(), 0, 0), "", Msg.UNREADABLE, e.getMessage()));
            return List.of();
        }
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private void loadFile(Path file) {
        String name = file.toString();
        parts.add((in, err) -> {
            try {
                long size = Files.size(file);
                if (size > Limits.MAX_FILE_BYTES) {
                    err.add(new Location(name, 1, 1), "", Msg.FILE_TOO_LARGE, size, Limits.MAX_FILE_BYTES);
                    return;
                }
            } catch (IOException e) {
                err.add(new Location(name, 0, 0), "", Msg.UNREADABLE, e.getClass().getSimpleName());
                return;
            }
            read(name, () -> Files.readAllBytes(file), in, err);
        });
    }

    private interface BytesSource {
        byte[] read() throws IOException;
    }

    private void readBytes(String name, BytesSource source) {
        parts.add((in, err) -> read(name, source, in, err));
    }

    private static void read(String name, BytesSource source, Inputs into, ErrorList errors) {
        byte[] bytes;
        try {
            bytes = source.read();
        } catch (IOException e) {
            errors.add(new Location(name, 0, 0), "", Msg.UNREADABLE, e.getClass().getSimpleName());
            return;
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            errors.add(new Location(name, 1, 1), "", Msg.FILE_TOO_LARGE, bytes.length, Limits.MAX_FILE_BYTES);
            return;
        }
        into.files.add(name);
        YamlText text = new YamlText(name, errors);
        DocumentReader reader = new DocumentReader(into, errors);
        YamlStream.forEachDocument(bytes, text, doc -> reader.read(text, doc));
    }

    private void checkUniqueIds() {
        Ids subjects = new Ids(errors);
        for (AgencyStatus a : inputs.agencies) {
            subjects.claim(a.id(), a.source().locate("metadata.agency.id"), "metadata.agency.id");
        }
        for (InformationSystem s : inputs.systems) {
            subjects.claim(s.id(), s.source().locate("id"), "spec.informationSystems.id");
        }
        for (Plan p : inputs.plans) {
            subjects.claim(p.id(), p.source().locate("metadata.id"), "metadata.id");
        }
        for (Waiver w : inputs.waivers) {
            subjects.claim(w.id(), w.source().locate("metadata.id"), "metadata.id");
        }
        Ids policies = new Ids(errors);
        for (PolicyDocument p : inputs.policies) {
            policies.claim(p.id(), p.source().locate("metadata.id"), "metadata.id");
        }
        Map<String, Ids> codesByAgency = new HashMap<>();
        for (ServiceItem i : inputs.services) {
            codesByAgency.computeIfAbsent(i.agencyId(), k -> new Ids(errors))
                    .claim(i.code(), i.source().locate("code"), "spec.onlineServices.items.code");
        }
    }
}
