package dxcheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No process-wide state grows with use (issue 17: Source.SHAPES grew by one entry per new x- key, and rule bases were
 * kept in a static memo): every static field of dxcheck's own classes is final, and a static collection is
 * unmodifiable — caches belong to an object with a lifetime (a run, a provider).
 */
class StaticStateTest {
    @Test
    void staticFieldsAreFinalAndStaticCollectionsUnmodifiable() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> c : classes()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.isEnumConstant()) {
                    continue;
                }
                if (!Modifier.isFinal(f.getModifiers())) {
                    found.add(c.getName() + "." + f.getName() + " is not final");
                } else if (Map.class.isAssignableFrom(f.getType()) || Collection.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    Object v = f.get(null);
                    if (v != null && !unmodifiable(v)) {
                        found.add(c.getName() + "." + f.getName() + " is a " + v.getClass().getName());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static boolean unmodifiable(Object v) {
        String n = v.getClass().getName();
        return n.startsWith("java.util.ImmutableCollections") || n.startsWith("java.util.Collections$Unmodifiable")
                || n.startsWith("java.util.Collections$Empty");
    }

    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("dxcheck"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
                out.add(Class.forName(name, true, StaticStateTest.class.getClassLoader()));
            }
        }
        return out;
    }
}
