package jtorch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The keyword convention of the README ("Keyword arguments"): no null placeholders. A public method or constructor of
 * the API that takes a boxed {@code Integer}/{@code Long}/{@code Double}/{@code Boolean} invites {@code null} for
 * "PyTorch's default" in the middle of a positional list; keywords belong in an options type instead. The only
 * boxed parameters allowed are those below, each a direct translation of an argument PyTorch itself types
 * {@code Optional} (its {@code None} is a value users pass by name), listed with the reason; anything new fails here.
 */
class KeywordConventionTest {
    /** "Class#member": why a boxed parameter is PyTorch's own None there. */
    private static final Map<String, String> NONE_IS_A_VALUE = Map.ofEntries(
            Map.entry("jtorch.Tensor#slice", "Python slice bounds: x[None:3] (start/stop None)"),
            Map.entry("jtorch.Indexing#slice", "Python slice bounds (start/stop None)"),
            Map.entry("jtorch.nn.Sequential#slice", "Python slice bounds of a container"),
            Map.entry("jtorch.nn.ModuleList#slice", "Python slice bounds of a container"),
            Map.entry("jtorch.nn.ParameterList#slice", "Python slice bounds of a container"),
            Map.entry("jtorch.Tensor#logit_", "logit(eps=None): no clamping"),
            Map.entry("jtorch.Torch#logit_", "logit(eps=None): no clamping"),
            Map.entry("jtorch.Tensor#nanToNum", "nan_to_num(posinf=None, neginf=None): the dtype's extremes"),
            Map.entry("jtorch.Tensor#nanToNum_", "nan_to_num(posinf=None, neginf=None): the dtype's extremes"),
            Map.entry("jtorch.Torch#nanToNum", "nan_to_num(posinf=None, neginf=None): the dtype's extremes"),
            Map.entry("jtorch.Torch#nanToNum_", "nan_to_num(posinf=None, neginf=None): the dtype's extremes"),
            Map.entry("jtorch.nn.Softmax#<init>", "nn.Softmax(dim=None): the legacy implicit dim"),
            Map.entry("jtorch.nn.Softmin#<init>", "nn.Softmin(dim=None): the legacy implicit dim"),
            Map.entry("jtorch.nn.LogSoftmax#<init>", "nn.LogSoftmax(dim=None): the legacy implicit dim"),
            Map.entry("jtorch.nn.NormBase$Options#momentum", "momentum=None: a cumulative moving average"),
            Map.entry("jtorch.nn.AvgPool2d$Options#divisorOverride", "divisor_override=None: the window size"),
            Map.entry("jtorch.nn.AvgPool3d$Options#divisorOverride", "divisor_override=None: the window size"),
            Map.entry("jtorch.nn.Upsample$Options#alignCorners", "align_corners=None: the mode's default"),
            Map.entry("jtorch.nn.Upsample$Options#recomputeScaleFactor", "recompute_scale_factor=None"),
            Map.entry("jtorch.nn.Embedding$Options#paddingIdx", "padding_idx=None: no padding row"),
            Map.entry("jtorch.nn.Embedding#fromPretrained", "from_pretrained(padding_idx=None)"),
            Map.entry("jtorch.nn.init.Init#calculateGain", "calculate_gain(nonlinearity, param=None)"),
            Map.entry("jtorch.distributions.Normal#<init>", "validate_args=None: the global default"),
            Map.entry("jtorch.distributions.Uniform#<init>", "validate_args=None: the global default"),
            Map.entry("jtorch.distributions.Exponential#<init>", "validate_args=None: the global default"),
            Map.entry("jtorch.distributions.Bernoulli#<init>", "validate_args=None: the global default"),
            Map.entry("jtorch.distributions.Categorical#<init>", "validate_args=None: the global default"),
            Map.entry("jtorch.autograd.Autograd#grad", "autograd.grad(retain_graph=None): create_graph's value"),
            Map.entry("jtorch.vision.transforms.functional.F#resize", "resize(max_size=None)"),
            Map.entry("jtorch.vision.transforms.functional.F#computeResizedOutputSize", "max_size=None"));

    /** Positional placeholders still to convert to options forms (issue 13); the list may only shrink. */
    private static final Set<String> TO_CONVERT = Set.of(
            "jtorch.nn.MaxPool1d#<init>", "jtorch.nn.AvgPool1d#<init>", "jtorch.nn.LPPool1d#<init>",
            "jtorch.TensorFormatter#setPrintOptions");

    private static final Set<Class<?>> BOXED = Set.of(Integer.class, Long.class, Double.class, Boolean.class);
    private static final List<String> MODULES = List.of("jtorch-core", "jtorch-vision", "jtorch-observe");

    @Test
    void noPublicSignatureTakesANullPlaceholder() throws IOException, ClassNotFoundException {
        Map<String, String> found = new TreeMap<>();
        for (String className : apiClasses()) {
            checkClass(Class.forName(className, false, getClass().getClassLoader()), found);
        }
        Set<String> unexpected = new TreeSet<>(found.keySet());
        unexpected.removeAll(NONE_IS_A_VALUE.keySet());
        unexpected.removeAll(TO_CONVERT);
        assertEquals(Set.of(), unexpected, "boxed (nullable) parameters: use an options type, or list the PyTorch "
                + "None they translate: " + found);
        Set<String> stale = new TreeSet<>(TO_CONVERT);
        stale.removeAll(found.keySet());
        assertEquals(Set.of(), stale, "converted: remove from TO_CONVERT");
    }

    // a public class's methods and constructors, then its public nested classes (options types)
    private static void checkClass(Class<?> c, Map<String, String> found) {
        if (!Modifier.isPublic(c.getModifiers()) || c.isRecord()) {
            return;
        }
        for (Method m : c.getDeclaredMethods()) {
            check(c, m, m.getName(), found);
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            check(c, k, "<init>", found);
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            checkClass(nested, found);
        }
    }

    private static void check(Class<?> c, Executable e, String name, Map<String, String> found) {
        if (!Modifier.isPublic(e.getModifiers()) || e.isSynthetic()) {
            return;
        }
        for (Class<?> p : e.getParameterTypes()) {
            if (BOXED.contains(p)) {
                found.put(c.getName() + "#" + name, e.toString());
            }
        }
    }

    /** The classes of the exported API packages (jtorch.internal excepted), from the modules' sources. */
    private static Set<String> apiClasses() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String module : MODULES) {
            Path src = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> walk = Files.walk(src.resolve("jtorch"))) {
                walk.map(p -> src.relativize(p).toString())
                        .filter(p -> p.endsWith(".java") && !p.startsWith("jtorch/internal")
                                && !p.endsWith("package-info.java") && !p.endsWith("module-info.java"))
                        .forEach(p -> out.add(p.substring(0, p.length() - 5).replace('/', '.')));
            }
        }
        return out;
    }
}
