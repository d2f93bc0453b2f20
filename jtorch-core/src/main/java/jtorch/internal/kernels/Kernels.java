package jtorch.internal.kernels;

import java.util.logging.Logger;

/**
 * Chooses the kernel provider once, at first use (the pattern of Lucene's VectorizationProvider):
 * the Vector API implementation when {@code jdk.incubator.vector} is in the boot layer and not
 * disabled with {@code -Djtorch.kernels=scalar}, the plain-Java one otherwise. Logs one line.
 */
public final class Kernels {
    private static final Logger LOG = Logger.getLogger("jtorch");

    private Kernels() {
    }

    private static final class Holder {
        static final KernelProvider INSTANCE = choose();
    }

    public static KernelProvider get() {
        return Holder.INSTANCE;
    }

    static KernelProvider choose() {
        String forced = System.getProperty("jtorch.kernels", "");
        if (forced.equals("scalar")) {
            LOG.fine("jtorch kernels: scalar (forced by -Djtorch.kernels=scalar)");
            return new ScalarKernels();
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            LOG.info("jtorch kernels: scalar (add --add-modules jdk.incubator.vector for SIMD kernels)");
            return new ScalarKernels();
        }
        KernelProvider vector = loadVector();
        if (vector == null) {
            return new ScalarKernels();
        }
        LOG.fine("jtorch kernels: " + vector.name());
        return vector;
    }

    /** The Vector API provider, loaded by name so this class never links against the incubator module. */
    public static KernelProvider loadVector() {
        try {
            return (KernelProvider) Class.forName("jtorch.internal.kernels.vector.VectorKernels")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | UnsupportedOperationException e) {
            LOG.warning("jtorch kernels: scalar (Vector API unavailable: " + e + ")");
            return null;
        }
    }
}
