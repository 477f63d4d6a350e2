package dxcheck.run;

import dxcheck.engine.RuleBase;
import dxcheck.engine.RuleSources;
import dxcheck.load.InputError;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Msg;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A rules folder as rule authors see it: the compiled rules, the default policy beside them, the test cases. */
public record RulesFolder(Path dir, RuleBase rules, PolicyDocument basePolicy) {

    public static RulesFolder open(Path dir, String kbase) throws InvalidInputException {
        return open(RuleSources.read(dir), kbase);
    }

    /** The rules and the base policy both made of the same bytes, read once. */
    public static RulesFolder open(RuleSources sources, String kbase) throws InvalidInputException {
        return new RulesFolder(sources.dir(), RuleBase.build(sources, kbase), basePolicy(sources));
    }

    /** The policy.yaml of a rules folder: exactly one Policy document, the base every other policy layers on. */
    public static PolicyDocument basePolicy(Path dir) throws InvalidInputException {
        Path file = dir.resolve("policy.yaml");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(new InputError(new Location(file.toString(), 0, 0), "", Msg.NO_POLICY, file));
        }
        return onlyOne(Loader.load(List.of(file.toString()), InputStream.nullInputStream()), file);
    }

    private static PolicyDocument basePolicy(RuleSources sources) throws InvalidInputException {
        Path file = sources.dir().resolve("policy.yaml");
        byte[] bytes = sources.policy();
        if (bytes == null) {
            throw new InvalidInputException(new InputError(new Location(file.toString(), 0, 0), "", Msg.NO_POLICY, file));
        }
        return onlyOne(Loader.loadBytes(Map.of(file.toString(), bytes)), file);
    }

    private static PolicyDocument onlyOne(Inputs loaded, Path file) throws InvalidInputException {
        if (loaded.documentCount() != 1 || loaded.policies.size() != 1) {
            throw new InvalidInputException(new InputError(new Location(file.toString(), 1, 1), "", Msg.ONLY_POLICY));
        }
        return loaded.policies.get(0).withOrigin(PolicyDocument.Origin.RULES);
    }
}
