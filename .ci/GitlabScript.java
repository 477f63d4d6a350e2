import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Prints the script of the GitLab template's .dxcheck job, one line per item, as a runner joins them (.ci/dist-test). */
public class GitlabScript {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Map<String, Object> template = new Yaml().load(Files.readString(Path.of(args[0])));
        List<String> script = (List<String>) ((Map<String, Object>) template.get(".dxcheck")).get("script");
        System.out.println(String.join("\n", script));
    }
}
