package jtorch.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jtorch.Tensor;
import jtorch.autograd.GradCheck;
import jtorch.testing.OpFixtures.Args;
import jtorch.testing.OpFixtures.Case;
import jtorch.testing.OpFixtures.Layout;
import jtorch.testing.OpFixtures.Op;

/**
 * Float64 gradgradcheck of a fixture case (the cases marked {@code "gradgrad": true}, where PyTorch's own
 * gradgradcheck passed when the fixture was written).
 */
public final class FixtureGradGrad {
    private FixtureGradGrad() {
    }

    public static boolean wanted(Case c) {
        return c.json().has("gradgrad") && c.json().get("gradgrad").getAsBoolean();
    }

    public static void run(Case c, Map<String, Op> ops) {
        Op op = ops.get(c.op());
        List<Object> vals = new ArrayList<>();
        List<Tensor> leaves = new ArrayList<>();
        for (JsonElement e : c.json().getAsJsonArray("args")) {
            JsonObject a = e.getAsJsonObject();
            if (a.has("tensor")) {
                Tensor t = OpFixtures.tensor(a.getAsJsonObject("tensor"), Layout.CONTIGUOUS);
                if (t.dtype().isFloatingPoint()) {
                    t = t.toDouble();
                    if (a.get("grad").getAsBoolean()) {
                        t.requiresGrad_(true);
                        leaves.add(t);
                    }
                }
                vals.add(t);
            } else {
                vals.add(a.get("value"));
            }
        }
        Args args = new Args(vals, c.json().getAsJsonObject("kwargs"));
        try {
            GradCheck.gradgradcheck(in -> {
                Object out = op.apply(args);
                return (Tensor) out;
            }, leaves);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(c.name() + " gradgradcheck: " + e, e);
        }
    }
}
