package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.model.Location;
import dxcheck.text.Msg;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles the DRL files of a rules folder. Without a kmodule.xml there is one rule base with every file; with one,
 * the folder declares rule packs — e.g. a "national" kbase over national/ and a province's kbase that includes it
 * and adds its own folder — and a pack is chosen by name (--kbase).
 */
final class RulePacks {
    static final String KMODULE = "kmodule.xml";

    /** Numbers each compile's module (see compile). */
    private static final java.util.concurrent.atomic.AtomicLong COMPILES = new java.util.concurrent.atomic.AtomicLong();

    private RulePacks() {
    }

    static KieBase compile(Path dir, List<DrlFile> files, String kmodule, String kbase, DrlErrors drlErrors,
                           ErrorList errors) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // Each compile gets a module id of its own: under the default id, two compiles at once (watch's warm-up and
        // an edit, serve's reload and a check) share one slot of Drools' process-wide KieRepository, and a container
        // could be made from the other compile's rules. The module leaves the repository once its KieBase is built.
        ReleaseId id = ks.newReleaseId("dxcheck", "rules-" + COMPILES.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        if (!kmodule.isEmpty()) {
            kfs.writeKModuleXML(kmodule);
        }
        for (DrlFile f : files) {
            kfs.write(f.kiePath(), f.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : messages) {
            DrlFile f = files.stream().filter(x -> x.matchesKiePath(m.getPath())).findFirst().orElse(null);
            if (f == null && m.getPath() != null && m.getPath().contains(KMODULE)) {
                errors.add(new Location(dir.resolve(KMODULE).toString(), Math.max(m.getLine(), 1), 1), "",
                        Msg.DRL_ERROR, new dxcheck.load.InputError.Whole(m.getText()), "", "");
            } else {
                drlErrors.add(f, m.getLine(), 0, m.getText());
            }
        }
        try {
            if (!messages.isEmpty()) {
                return null;
            }
            KieContainer container = ks.newKieContainer(id);
            if (kbase == null) {
                return container.getKieBase();
            }
            if (!container.getKieBaseNames().contains(kbase)) {
                errors.add(new Location(dir.resolve(KMODULE).toString(), 1, 1), "--kbase", Msg.NOT_ONE_OF, kbase,
                        String.join(", ", container.getKieBaseNames().stream().sorted().toList()));
                return null;
            }
            return container.getKieBase(kbase);
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
