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
 * collecting every error of the run before failing.
 */
public final class Loader {
    public static final String STDIN = "-";

    private final InputStream stdin;
    private final ErrorList errors = new ErrorList();
    private final Inputs inputs = new Inputs();
    private final DocumentReader reader = new DocumentReader(inputs, errors);
    private int documents;

    private Loader(InputStream stdin) {
        this.stdin = stdin;
    }

    public static Inputs load(List<String> paths, InputStream stdin) throws InvalidInputException {
        Loader l = new Loader(stdin);
        for (String p : paths) {
            l.loadPath(p);
        }
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
        sources.forEach((name, bytes) -> l.readBytes(name, () -> bytes));
        l.checkUniqueIds();
        l.errors.throwIfAny();
        return l.inputs;
    }

    private void loadPath(String p) {
        if (STDIN.equals(p)) {
            readBytes("<stdin>", () -> stdin.readNBytes(Limits.MAX_FILE_BYTES + 1));
            return;
        }
        Path path = Path.of(p);
        if (!Files.exists(path)) {
            errors.add(new Location(p, 0, 0), "", Msg.NO_SUCH_PATH);
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
            errors.addUnreadable(new Location(dir.toString(), 0, 0), e);
            return List.of();
        }
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private void loadFile(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                errors.add(new Location(name, 1, 1), "", Msg.FILE_TOO_LARGE, size, Limits.MAX_FILE_BYTES);
                return;
            }
        } catch (IOException e) {
            errors.addUnreadable(new Location(name, 0, 0), e);
            return;
        }
        // never more than the limit + 1, whatever the size said: /dev/zero or a growing file has no honest size
        readBytes(name, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            }
        });
    }

    private interface BytesSource {
        byte[] read() throws IOException;
    }

    private void readBytes(String name, BytesSource source) {
        if (documents > Limits.MAX_DOCUMENTS) {
            return; // the limit is reported once, where it was passed; the files after it are not even read
        }
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
        inputs.files.add(name);
        YamlText text = new YamlText(name, errors);
        YamlStream.forEachDocument(bytes, text, doc -> {
            if (++documents > Limits.MAX_DOCUMENTS) {
                errors.addAlways(text.location(doc), "", Msg.TOO_MANY_DOCUMENTS, Limits.MAX_DOCUMENTS);
                return false;
            }
            reader.read(text, doc);
            return true;
        });
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
