package jtorch.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry is complete by construction: every class of jtorch-core that declares {@link OpDef}
 * constants is one of {@link OpRegistry#FAMILIES}, so {@link OpRegistry#all()} loads every op in any JVM
 * (it once listed families by name and missed ArithmeticOps and ComparisonOps).
 */
class OpRegistryTest {

    @Test
    void everyClassDeclaringOpsIsAFamily() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(OpDef.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> declaring = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().endsWith("-info.class"))
                    .toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, OpDef.class.getClassLoader());
                for (Field field : c.getDeclaredFields()) {
                    boolean opField = field.getType() == OpDef.class || field.getType() == OpDef[].class;
                    if (opField && Modifier.isStatic(field.getModifiers())) {
                        declaring.add(c.getName());
                    }
                }
            }
        }
        Set<String> families = new TreeSet<>();
        OpRegistry.FAMILIES.forEach(c -> families.add(c.getName()));
        declaring.removeAll(Set.of(
                // user functions and module backward hooks: not part of jtorch's op set
                "jtorch.nn.BackwardHookState"));
        assertEquals(declaring, families);
    }

    @Test
    void allHoldsTheArithmeticAndComparisonOps() {
        Set<String> names = new HashSet<>();
        OpRegistry.all().forEach(d -> names.add(d.name()));
        assertTrue(names.containsAll(List.of("add", "sub", "mul", "div", "pow", "eq", "lt", "where")), names::toString);
    }
}
