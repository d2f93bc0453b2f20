package jtorch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the facades in step: every public Tensor method whose PyTorch name (camelCase to snake_case) is also a
 * function of the torch module (the list torch 1.13's dir(torch) gives, tools/golden/torch_functions.py) exists
 * as a Torch static taking the tensor first and then the method's parameters.
 */
class TorchFunctionsTest {
    // Tensor methods whose names are torch attributes of another kind: types (torch.device, torch.dtype,
    // torch.layout) or accessors that are not tensor functions in PyTorch's torch namespace
    private static final Set<String> NOT_FUNCTIONS = Set.of("device", "dtype", "storage", "version", "detach",
            "numel", "isFloatingPoint", "equal", "allclose", "toString", "type", "layout");
    // torch functions whose PyTorch signature puts the tensor after the method's parameters: torch.polygamma(n, input)
    private static final Set<String> TENSOR_LAST = Set.of("polygamma");

    private static Set<String> torchFunctions() throws java.io.IOException {
        Set<String> out = new HashSet<>();
        try (var r = new BufferedReader(new InputStreamReader(
                TorchFunctionsTest.class.getResourceAsStream("/fixtures/torch_functions.txt"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(out::add);
        }
        return out;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    @Test
    void everyTensorMethodPyTorchAlsoHasAsATorchFunctionIsOnTorch() throws Exception {
        Set<String> fns = torchFunctions();
        Set<String> missing = new TreeSet<>();
        for (Method m : Tensor.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                    || m.getName().endsWith("_") || NOT_FUNCTIONS.contains(m.getName())
                    || !fns.contains(snake(m.getName()))) {
                continue;
            }
            Class<?>[] params = new Class<?>[m.getParameterCount() + 1];
            boolean last = TENSOR_LAST.contains(m.getName());
            params[last ? m.getParameterCount() : 0] = Tensor.class;
            System.arraycopy(m.getParameterTypes(), 0, params, last ? 0 : 1, m.getParameterCount());
            try {
                Method s = Torch.class.getMethod(m.getName(), params);
                if (!Modifier.isStatic(s.getModifiers())) {
                    missing.add(m.getName() + Arrays.toString(m.getParameterTypes()));
                }
            } catch (NoSuchMethodException e) {
                missing.add(m.getName() + Arrays.toString(m.getParameterTypes()));
            }
        }
        assertEquals(List.of(), List.copyOf(missing));
    }

    @Test
    void theDelegatesComputeWhatTheMethodsCompute() {
        Tensor x = Torch.tensor(new double[][] {{1, 5, 2}, {4, 0, 3}});
        assertEquals(x.sin().toString(), Torch.sin(x).toString());
        assertEquals(x.sort(1).toString(), Torch.sort(x, 1).toString());
        assertEquals(x.topk(2).toString(), Torch.topk(x, 2).toString());
        assertEquals(x.std().toString(), Torch.std(x).toString());
        assertEquals(x.norm().toString(), Torch.norm(x).toString());
    }
}
