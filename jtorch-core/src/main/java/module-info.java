/**
 * jtorch's core: tensors, autograd, {@code nn}, {@code optim} and data loading (PyTorch's {@code torch}).
 * Only the API packages are exported; the engine under {@code jtorch.internal} (dispatch and op families,
 * kernels) is not, so user code and the other jtorch modules see the same API.
 */
module jtorch.core {
    // the SIMD kernels, used when the incubator module is present (--add-modules jdk.incubator.vector)
    requires static jdk.incubator.vector;
    requires java.logging;

    exports jtorch;
    exports jtorch.autograd;
    exports jtorch.linalg;
    exports jtorch.distributions;
    exports jtorch.fft;
    exports jtorch.nn;
    exports jtorch.nn.functional;
    exports jtorch.nn.init;
    exports jtorch.nn.utils;
    exports jtorch.optim;
    exports jtorch.optim.lr;
    exports jtorch.optim.swa_utils;
    exports jtorch.overrides;
    exports jtorch.serialization;
    exports jtorch.utils.checkpoint;
    exports jtorch.special;
    exports jtorch.utils.data;
}
