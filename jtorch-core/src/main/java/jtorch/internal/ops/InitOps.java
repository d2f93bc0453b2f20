package jtorch.internal.ops;

import jtorch.Tensor;
import jtorch.autograd.GradMode;

/**
 * The ops of {@code torch.nn.init} ({@link jtorch.nn.init.Init} holds their arithmetic): each runs as a
 * dispatched op of module {@code torch.nn.init}, so a {@code TorchFunctionMode} can skip it (the seed
 * notes' {@code EmptyInitOnDevice}).
 */
public final class InitOps {
    private InitOps() {
    }

    private static final String MODULE = "torch.nn.init";
    public static final OpDef UNIFORM_ = OpDef.inModule("uniform_", MODULE);
    public static final OpDef NORMAL_ = OpDef.inModule("normal_", MODULE);
    public static final OpDef TRUNC_NORMAL_ = OpDef.inModule("trunc_normal_", MODULE);
    public static final OpDef CONSTANT_ = OpDef.inModule("constant_", MODULE);
    public static final OpDef ONES_ = OpDef.inModule("ones_", MODULE);
    public static final OpDef ZEROS_ = OpDef.inModule("zeros_", MODULE);
    public static final OpDef EYE_ = OpDef.inModule("eye_", MODULE);
    public static final OpDef DIRAC_ = OpDef.inModule("dirac_", MODULE);
    public static final OpDef XAVIER_UNIFORM_ = OpDef.inModule("xavier_uniform_", MODULE);
    public static final OpDef XAVIER_NORMAL_ = OpDef.inModule("xavier_normal_", MODULE);
    public static final OpDef KAIMING_UNIFORM_ = OpDef.inModule("kaiming_uniform_", MODULE);
    public static final OpDef KAIMING_NORMAL_ = OpDef.inModule("kaiming_normal_", MODULE);
    public static final OpDef ORTHOGONAL_ = OpDef.inModule("orthogonal_", MODULE);
    public static final OpDef SPARSE_ = OpDef.inModule("sparse_", MODULE);

    /** Runs {@code body} on {@code t} under no_grad as the dispatched op {@code op}; returns t. */
    public static Tensor run(OpDef op, Tensor t, Runnable body) {
        return Dispatch.apply(op, new Tensor[] {t}, () -> {
            try (GradMode.Guard g = GradMode.disable()) {
                body.run();
            }
            return t;
        }, null);
    }
}
