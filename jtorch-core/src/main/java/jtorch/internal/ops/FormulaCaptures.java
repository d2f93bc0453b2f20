package jtorch.internal.ops;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import jtorch.Tensor;
import jtorch.autograd.Backward;

/**
 * Checks, with assertions on (as in the tests), that a backward formula captured no tensor: a formula
 * reads forward tensors only through its node's {@link jtorch.autograd.SavedContext}, which keeps what
 * the op declares ({@link Saves}) and checks their versions. A captured tensor would stay alive with the
 * graph and escape the version check.
 */
final class FormulaCaptures {
    private FormulaCaptures() {
    }

    static boolean none(OpDef op, Backward backward) {
        for (Field f : backward.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || !f.trySetAccessible()) {
                continue;
            }
            Object v;
            try {
                v = f.get(backward);
            } catch (IllegalAccessException e) {
                continue;
            }
            if (holdsTensor(v)) {
                throw new AssertionError("the backward formula of " + op.name() + " (" + op.nodeName()
                        + ") captures a tensor in " + f.getName() + ": read it from the saved context instead");
            }
        }
        return true;
    }

    private static boolean holdsTensor(Object v) {
        if (v instanceof Tensor) {
            return true;
        }
        if (v instanceof Object[] arr) {
            for (Object o : arr) {
                if (holdsTensor(o)) {
                    return true;
                }
            }
        }
        if (v instanceof Collection<?> c) {
            for (Object o : c) {
                if (holdsTensor(o)) {
                    return true;
                }
            }
        }
        return false;
    }
}
