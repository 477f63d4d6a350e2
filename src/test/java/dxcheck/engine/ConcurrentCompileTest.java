package dxcheck.engine;

import dxcheck.load.ErrorList;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two compiles at once (watch's background warm-up and a rule edit; serve's reload) each get their own rules. Under
 * Drools' default module id they shared a slot of the process-wide KieRepository, and about 2 compiles in 120 came
 * back with the other one's rules.
 */
class ConcurrentCompileTest {
    private static KieBase compile(String rule) {
        List<DrlFile> drl = List.of(new DrlFile("x.drl", DrlFile.KIE_RESOURCES + "x.drl",
                "package p;\nrule \"" + rule + "\"\nwhen\n  String()\nthen\nend\n"));
        return RulePacks.compile(Path.of("."), drl, "", null, new DrlErrors(new ErrorList()), new ErrorList());
    }

    private static String ruleOf(KieBase kb) {
        return kb.getKiePackage("p").getRules().iterator().next().getName();
    }

    @Test
    void eachCompileGetsItsOwnRules() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 40; i++) {
                String a = "A" + i;
                String b = "B" + i;
                Future<String> fa = two.submit(() -> ruleOf(compile(a)));
                Future<String> fb = two.submit(() -> ruleOf(compile(b)));
                assertEquals(a, fa.get());
                assertEquals(b, fb.get());
            }
        } finally {
            two.shutdownNow();
        }
    }
}
