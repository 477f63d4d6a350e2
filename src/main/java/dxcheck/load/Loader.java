package dxcheck.load;

import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.model.ServiceItem;
import dxcheck.model.Source;
import dxcheck.model.Subject;
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
 * Loads documents from files, directories (every *.yaml / *.yml / *.xlsx below, sorted by path) and standard input
 * ("-"),
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

    /** The thread that asked for the load: when it is interrupted (a check given up), reading stops. */
    private final Thread caller = Thread.currentThread();
    private LoadProgress progress = LoadProgress.NONE;
    private String firstInput = "";
    /** The shapes of this run's facts: facts written with the same keys share their field paths. */
    private final Source.Shapes shapes = new Source.Shapes();

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
        l.firstInput = paths.isEmpty() ? "" : (STDIN.equals(paths.get(0)) ? "<stdin>" : paths.get(0));
        for (String p : paths) {
            l.loadPath(p);
        }
        l.readParts();
        if (l.errors.isEmpty() && l.inputs.documentCount() == 0) {
            for (String p : paths) {
                boolean file = STDIN.equals(p) || !Files.isDirectory(Path.of(p));
                l.errors.add(new Location(STDIN.equals(p) ? "<stdin>" : p, file ? 1 : 0, file ? 1 : 0), "",
                        file ? Msg.EMPTY_FILE : Msg.NO_DOCUMENTS);
            }
        }
        l.checkUniqueIds();
        l.errors.throwIfAny();
        return l.inputs;
    }

    /** Loads documents given as bytes with the name to show in locations (rule test cases, uploads). */
    public static Inputs loadBytes(Map<String, byte[]> sources) throws InvalidInputException {
        Loader l = new Loader(InputStream.nullInputStream());
        l.firstInput = sources.isEmpty() ? "" : sources.keySet().iterator().next();
        sources.forEach((name, bytes) -> l.readBytes(name, () -> bytes));
        l.readParts();
        l.checkUniqueIds();
        l.errors.throwIfAny();
        return l.inputs;
    }

    /**
     * The bytes of one file named on the command line (a --policy file), checked as an input file is: it must be a
     * regular file within the size limit.
     */
    public static byte[] bytesOf(String file) throws InvalidInputException {
        Path path = Path.of(file);
        Location at = new Location(file, 0, 0);
        if (!Files.exists(path)) {
            throw new InvalidInputException(new InputError(at, "", Msg.NO_SUCH_PATH));
        }
        if (Files.isDirectory(path) || !Files.isRegularFile(path)) {
            throw new InvalidInputException(new InputError(at, "", Msg.NOT_A_REGULAR_FILE));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                throw new InvalidInputException(new InputError(new Location(file, 1, 1), "", Msg.OVER_SIZE_LIMIT,
                        Limits.MAX_FILE_BYTES));
            }
            return bytes;
        } catch (IOException e) {
            throw ErrorList.unreadable(at, e);
        }
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
            if (caller.isInterrupted()) {
                throw new java.util.concurrent.CancellationException("the check was given up");
            }
            if (documents.get() <= Limits.MAX_DOCUMENTS) { // past the limit, the rest is not even read
                part.read(d.inputs(), d.errors());
            }
            progress.loaded(files.incrementAndGet(), documents.addAndGet(d.inputs().documentsRead));
            return d;
        }).toList();
        boolean tooMany = documents.get() > Limits.MAX_DOCUMENTS;
        for (Done d : done) {
            if (!tooMany) {
                inputs.addAll(d.inputs());
            }
            errors.addAll(d.errors());
        }
        if (tooMany) {
            // which files were read before the limit stopped the rest depends on the threads: say it of the run
            errors.addAlways(new Location(firstInput, 0, 0), "", Msg.TOO_MANY_DOCUMENTS, Limits.MAX_DOCUMENTS);
        }
        parts.clear();
    }

    private void loadPath(String p) {
        if (STDIN.equals(p)) {
            byte[] bytes;
            try {
                bytes = stdin.readNBytes(Limits.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                parts.add((in, err) -> err.addUnreadable(new Location("<stdin>", 0, 0), e));
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
        } else if (!Files.isRegularFile(path)) {
            // a FIFO would block the run until something writes into it, a device never ends: only "-" reads a stream
            parts.add((in, err) -> err.add(new Location(p, 0, 0), "", Msg.NOT_A_REGULAR_FILE));
        } else {
            loadFile(path);
        }
    }

    /**
     * The YAML files below a folder. A symbolic link to a file is followed only when the file is inside the folder:
     * one pointing out of it (a submission's x.yaml -> /etc/shadow) is refused, located, and not read.
     */
    private List<Path> yamlFilesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            Path root = dir.toRealPath();
            return s.filter(Loader::isInput).filter(Files::isRegularFile).filter(p -> insideOrRefused(p, root))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            parts.add((in, err) -> err.addUnreadable(new Location(dir.toString(), 0, 0), e));
            return List.of();
        }
    }

    private boolean insideOrRefused(Path file, Path root) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            Path target = file.toRealPath();
            if (target.startsWith(root)) {
                return true;
            }
            parts.add((in, err) -> err.add(new Location(file.toString(), 0, 0), "", Msg.LINK_OUTSIDE, target.toString()));
        } catch (IOException e) {
            parts.add((in, err) -> err.addUnreadable(new Location(file.toString(), 0, 0), e));
        }
        return false;
    }

    private static boolean isInput(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || isWorkbook(n) && !n.startsWith("~$"); // ~$: Excel's lock
    }

    /** Checked here, not in WorkbookInput, so that a run of YAML files never loads a workbook class. */
    private static boolean isWorkbook(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
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
                err.addUnreadable(new Location(name, 0, 0), e);
                return;
            }
            // never more than the limit + 1, whatever the size said: /dev/zero or a growing file has no honest size
            read(name, () -> {
                try (InputStream stream = Files.newInputStream(file)) {
                    return stream.readNBytes(Limits.MAX_FILE_BYTES + 1);
                }
            }, in, err, caller::isInterrupted);
        });
    }

    private interface BytesSource {
        byte[] read() throws IOException;
    }

    private void readBytes(String name, BytesSource source) {
        parts.add((in, err) -> read(name, source, in, err, caller::isInterrupted));
    }

    private void read(String name, BytesSource source, Inputs into, ErrorList errors,
                      java.util.function.BooleanSupplier cancelled) {
        byte[] bytes;
        try {
            bytes = source.read();
        } catch (IOException e) {
            errors.addUnreadable(new Location(name, 0, 0), e);
            return;
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            errors.add(new Location(name, 1, 1), "", Msg.OVER_SIZE_LIMIT, Limits.MAX_FILE_BYTES); // read up to limit + 1
            return;
        }
        into.files.add(name);
        if (isWorkbook(name)) {
            WorkbookInput.read(name, bytes, into, errors, shapes);
            return;
        }
        YamlText text = new YamlText(name, errors, false, shapes);
        DocumentReader reader = new DocumentReader(into, errors);
        YamlStream.forEachDocument(bytes, text, cancelled, doc -> readCounted(text, reader, into, doc));
    }

    /** Reads one document unless the run's document limit is reached (then says so, once, and stops: false). */
    static boolean readCounted(YamlText text, DocumentReader reader, Inputs into, org.yaml.snakeyaml.nodes.Node doc) {
        if (into.documentsRead >= Limits.MAX_DOCUMENTS) {
            text.errors().addAlways(text.location(doc), "", Msg.TOO_MANY_DOCUMENTS, Limits.MAX_DOCUMENTS);
            return false;
        }
        into.documentsRead++;
        reader.read(text, doc);
        return true;
    }

    /**
     * Ids of subjects (agencies, systems, plans, waivers: every fact whose kind registers an id field) are unique
     * across the run; policies among themselves; procedure codes within their agency.
     */
    private void checkUniqueIds() {
        Ids subjects = new Ids(errors);
        for (Kinds.Kind k : Kinds.ALL) {
            for (Kinds.Fact f : k.facts()) {
                if (f.idField() != null) {
                    for (Object o : inputs.all(f.type())) {
                        Subject s = (Subject) o;
                        subjects.claim(s.subjectId(), s.source().locate(f.idField()), f.shownIdField());
                    }
                }
            }
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
