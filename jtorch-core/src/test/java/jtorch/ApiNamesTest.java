package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jtorch.nn.Module;
import jtorch.nn.functional.F;
import org.junit.jupiter.api.Test;

/**
 * PyTorch 1.13's public names ({@code torch.*}, {@code Tensor.*}, {@code torch.nn.functional.*} and the module
 * classes of {@code torch.nn}, recorded by tools/golden/api_names.py) against jtorch's: each must exist under its
 * camelCase name ({@code clip_grad_norm_} is {@code clipGradNorm_}), under the Java spelling an alias of
 * api_exclusions.txt names, or be excluded there with the reason it is left out. Issue 21's "not yet built" group
 * is gone (every name is built or excluded with a reason); an exclusion of a name jtorch now has fails, so the list
 * only shrinks, and no group may stand without names or without a reason.
 */
class ApiNamesTest {
    /** One group of api_exclusions.txt: a reason, and names (section.name), each with a Java alias or null. */
    record Group(String reason, Map<String, String> entries) {
    }

    /** PyTorch's names per section ("torch", "Tensor", "F", "nn"). */
    private static Map<String, Set<String>> pytorchNames() throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : lines("/fixtures/api_names.txt")) {
            if (line.startsWith("[")) {
                current = new TreeSet<>();
                out.put(line.substring(1, line.length() - 1), current);
            } else {
                current.add(line);
            }
        }
        return out;
    }

    private static List<Group> groups() throws IOException {
        List<Group> out = new ArrayList<>();
        Group current = null;
        for (String line : lines("/jtorch/api_exclusions.txt")) {
            if (line.startsWith("## ")) {
                current = new Group(line.substring(3), new LinkedHashMap<>());
                out.add(current);
                continue;
            }
            for (String entry : line.trim().split("\\s+")) {
                int eq = entry.indexOf('=');
                String name = eq < 0 ? entry : entry.substring(0, eq);
                String prior = current.entries().put(name, eq < 0 ? null : entry.substring(eq + 1));
                assertTrue(prior == null && !current.entries().isEmpty(), "listed twice in one group: " + name);
            }
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (var r = new BufferedReader(new InputStreamReader(ApiNamesTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.startsWith("# ") && !l.isBlank()).toList();
        }
    }

    /** {@code clip_grad_norm_} -> {@code clipGradNorm_}; a trailing underscore (in place) stays. */
    static String camel(String snake) {
        boolean inPlace = snake.endsWith("_");
        String[] parts = (inPlace ? snake.substring(0, snake.length() - 1) : snake).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return inPlace ? sb.append('_').toString() : sb.toString();
    }

    /** jtorch's names per section: Torch's statics, Tensor's methods, F's statics, jtorch.nn's module classes. */
    private static Map<String, java.util.function.Predicate<String>> jtorchHas() {
        Set<String> torch = methods(Torch.class, true);
        Set<String> tensor = methods(Tensor.class, false);
        Set<String> f = methods(F.class, true);
        Map<String, java.util.function.Predicate<String>> out = new HashMap<>();
        out.put("torch", torch::contains);
        out.put("Tensor", tensor::contains);
        out.put("F", f::contains);
        out.put("nn", ApiNamesTest::isModuleClass);
        return out;
    }

    private static Set<String> methods(Class<?> c, boolean statics) {
        Set<String> out = new HashSet<>();
        for (Method m : c.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) == statics && !m.isSynthetic()) {
                out.add(m.getName());
            }
        }
        return out;
    }

    private static boolean isModuleClass(String name) {
        try {
            Class<?> c = Class.forName("jtorch.nn." + name);
            return Modifier.isPublic(c.getModifiers()) && Module.class.isAssignableFrom(c);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean has(Map<String, java.util.function.Predicate<String>> jtorch, String qualified,
                               String javaName) {
        int dot = qualified.indexOf('.');
        return jtorch.get(qualified.substring(0, dot)).test(javaName);
    }

    private static String javaName(String qualified) {
        String section = qualified.substring(0, qualified.indexOf('.'));
        String name = qualified.substring(qualified.indexOf('.') + 1);
        return section.equals("nn") ? name : camel(name);
    }

    @Test
    void everyPyTorchNameExistsInJtorchOrIsExcludedWithAReason() throws IOException {
        Map<String, java.util.function.Predicate<String>> jtorch = jtorchHas();
        Map<String, String> excludedBy = new HashMap<>();
        Set<String> problems = new TreeSet<>();
        for (Group g : groups()) {
            for (Map.Entry<String, String> e : g.entries().entrySet()) {
                String prior = excludedBy.put(e.getKey(), g.reason());
                if (prior != null) {
                    problems.add(e.getKey() + ": listed under \"" + prior + "\" and \"" + g.reason() + "\"");
                }
                if (e.getValue() != null && !has(jtorch, e.getKey(), e.getValue())) {
                    problems.add(e.getKey() + ": its Java spelling " + e.getValue() + " does not exist");
                }
                if (e.getValue() == null && has(jtorch, e.getKey(), javaName(e.getKey()))) {
                    problems.add(e.getKey() + ": jtorch has " + javaName(e.getKey()) + " now; remove it from \""
                            + g.reason() + "\"");
                }
            }
        }
        Map<String, Set<String>> pytorch = pytorchNames();
        Set<String> all = new HashSet<>();
        Map<String, Integer> present = new TreeMap<>();
        for (Map.Entry<String, Set<String>> s : pytorch.entrySet()) {
            for (String name : s.getValue()) {
                String q = s.getKey() + "." + name;
                all.add(q);
                if (has(jtorch, q, javaName(q))) {
                    present.merge(s.getKey(), 1, Integer::sum);
                } else if (!excludedBy.containsKey(q)) {
                    problems.add(q + ": missing from jtorch (" + javaName(q) + ") and not excluded");
                }
            }
        }
        for (String q : excludedBy.keySet()) {
            if (!all.contains(q)) {
                problems.add(q + ": excluded but not a PyTorch 1.13 name");
            }
        }
        assertEquals(List.of(), List.copyOf(problems));
        System.out.println("PyTorch names jtorch has by name: " + present);
    }

    @Test
    void everyGroupSaysWhy() throws IOException {
        for (Group g : groups()) {
            assertTrue(g.reason().length() > 20, "a reason, not a label: " + g.reason());
            assertFalse(g.entries().isEmpty(), g.reason());
        }
    }

    @Test
    void camelCaseFollowsJtorchsNaming() {
        assertEquals("clipGradNorm_", camel("clip_grad_norm_"));
        assertEquals("logSoftmax", camel("log_softmax"));
        assertEquals("maxPool2dWithIndices", camel("max_pool2d_with_indices"));
        assertEquals("isFloatingPoint", camel("is_floating_point"));
        assertEquals("add_", camel("add_"));
        assertEquals("mT", camel("mT"));
    }
}
