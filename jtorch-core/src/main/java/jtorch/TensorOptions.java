package jtorch;

/**
 * Keyword arguments of tensor factories ({@code dtype=}, {@code device=}, {@code requires_grad=}), as a
 * small immutable value with fluent setters: {@code Torch.zeros(Torch.options().dtype(DType.FLOAT64), 2, 3)}.
 * A null dtype means "the default" (float32 unless changed by {@code Torch.setDefaultDtype}).
 */
public record TensorOptions(DType dtype, Device device, boolean requiresGrad) {
    /** float32 (the default dtype), cpu, no grad: what {@code Torch.options()} starts from. */
    public static final TensorOptions DEFAULT = new TensorOptions(null, Device.CPU, false);

    /** The {@code dtype=} keyword. */
    public TensorOptions dtype(DType d) {
        return new TensorOptions(d, device, requiresGrad);
    }

    /** The {@code device=} keyword. */
    public TensorOptions device(Device d) {
        return new TensorOptions(dtype, d, requiresGrad);
    }

    /** The {@code device=} keyword as a string ({@code "cpu"}, {@code "meta"}). */
    public TensorOptions device(String d) {
        return device(Device.of(d));
    }

    /** The {@code requires_grad=} keyword. */
    public TensorOptions requiresGrad(boolean r) {
        return new TensorOptions(dtype, device, r);
    }

    /** The dtype to create, falling back to {@code fallback} when none was given. */
    public DType dtypeOr(DType fallback) {
        return dtype != null ? dtype : fallback;
    }
}
