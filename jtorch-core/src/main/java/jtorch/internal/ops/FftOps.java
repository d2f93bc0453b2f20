package jtorch.internal.ops;

import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.TensorOptions;
import jtorch.Torch;
import jtorch.internal.backend.Strided;

/**
 * {@code torch.fft}: the three transforms PyTorch's autograd knows ({@code _fft_c2c}, {@code _fft_r2c},
 * {@code _fft_c2r}, each with its backward beside it) and the frontends that reach them (fft/ifft/rfft/irfft/hfft/
 * ihfft and their 2-D and n-D forms: argument checks, promotion, resizing to {@code n}/{@code s}, the norm mode), fftfreq,
 * rfftfreq, fftshift and ifftshift. Complex values are the view_as_real form: a trailing dim of size 2 (real,
 * imag); "complex dims" are the dims before it. Transforms run one dim at a time through the backend's DFT.
 */
public final class FftOps {
    static final OpDef FFT_C2C = OpDef.withNode("_fft_c2c", "FftC2CBackward0", Saves.NOTHING);
    static final OpDef FFT_R2C = OpDef.withNode("_fft_r2c", "FftR2CBackward0", Saves.NOTHING);
    static final OpDef FFT_C2R = OpDef.withNode("_fft_c2r", "FftC2RBackward0", Saves.NOTHING);
    static final OpDef FFTFREQ = OpDef.inModule("fftfreq", "torch.fft");
    static final OpDef RFFTFREQ = OpDef.inModule("rfftfreq", "torch.fft");

    private FftOps() {
    }

    /** PyTorch's fft_norm_mode: the factor a transform over N points is scaled by. */
    enum Norm {
        NONE, BY_ROOT_N, BY_N;

        double scale(long points) {
            return switch (this) {
                case NONE -> 1;
                case BY_ROOT_N -> 1 / Math.sqrt(points);
                case BY_N -> 1.0 / points;
            };
        }
    }

    // PyTorch's norm_from_string: "backward" leaves the forward transform unscaled and scales the inverse by 1/n
    static Norm norm(String norm, boolean forward) {
        if (norm == null || norm.equals("backward")) {
            return forward ? Norm.NONE : Norm.BY_N;
        }
        if (norm.equals("forward")) {
            return forward ? Norm.BY_N : Norm.NONE;
        }
        if (norm.equals("ortho")) {
            return Norm.BY_ROOT_N;
        }
        throw new IllegalArgumentException("Invalid normalization mode: \"" + norm + "\"");
    }

    // ---------------------------------------------------------------- operands

    /**
     * Whether {@code x} is read as complex: as the caller says, or else when it is floating with a last dim of
     * size 2 (the view_as_real form).
     */
    public static boolean isComplex(Tensor x, Boolean complexInput) {
        if (complexInput != null) {
            return complexInput;
        }
        return x.dtype().isFloatingPoint() && x.dim() >= 1 && x.size(-1) == 2;
    }

    private static String scalarTypeName(DType t) {
        // "torch.HalfTensor" -> "Half", PyTorch's ScalarType name
        String s = t.tensorTypeName();
        return s.substring("torch.".length(), s.length() - "Tensor".length());
    }

    // promote_tensor_fft for a real input: integers and bool compute in the default dtype; half types have no kernel
    private static Tensor realOperand(Tensor x) {
        if (x.dtype() == DType.FLOAT16 || x.dtype() == DType.BFLOAT16) {
            throw new IllegalArgumentException("Unsupported dtype " + scalarTypeName(x.dtype()));
        }
        return x.dtype().isFloatingPoint() ? x : x.to(Torch.getDefaultDtype());
    }

    // a complex input in view_as_real form (float32 or float64 with a last dim of 2)
    private static Tensor complexOperand(Tensor x) {
        if (!x.dtype().isFloatingPoint() || x.dim() == 0 || x.size(-1) != 2) {
            throw new IllegalArgumentException("expected a complex tensor in view_as_real form (floating, with a last "
                    + "dim of size 2), but got " + x.dtype() + " of shape " + Shapes.format(x.sizes()));
        }
        if (x.dtype() == DType.FLOAT16) {
            throw new IllegalArgumentException("Unsupported dtype ComplexHalf");
        }
        if (x.dtype() == DType.BFLOAT16) {
            throw new IllegalArgumentException("Unsupported dtype BFloat16");
        }
        return x;
    }

    // promote_tensor_fft(require_complex=true): a real input becomes complex with zero imaginary parts
    private static Tensor toComplex(Tensor x, Boolean complexInput) {
        if (isComplex(x, complexInput)) {
            return complexOperand(x);
        }
        Tensor r = realOperand(x);
        return JoinOps.stack(List.of(r, Operands.zerosLike(r, r.sizes())), -1);
    }

    /** The complex conjugate of a view_as_real tensor: the imaginary parts negated (differentiable). */
    static Tensor conj(Tensor z) {
        return z.mul(Torch.tensor(new double[] {1, -1}, Torch.options().dtype(z.dtype()).device(z.device())));
    }

    private static void checkPoints(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("Invalid number of data points (" + n + ") specified");
        }
    }

    // resize_fft_input: truncates or zero-pads each of dims to sizes (differentiably, outside the transform's node)
    private static Tensor resize(Tensor x, int[] dims, int[] sizes) {
        int[] pad = new int[2 * x.dim()];
        boolean padding = false;
        for (int i = 0; i < dims.length; i++) {
            int have = x.size(dims[i]);
            if (sizes[i] < have) {
                x = x.narrow(dims[i], 0, sizes[i]);
            } else if (sizes[i] > have) {
                pad[2 * (x.dim() - 1 - dims[i]) + 1] = sizes[i] - have;
                padding = true;
            }
        }
        return padding ? PadOps.constantPad(x, pad, 0) : x;
    }

    private static int size(Tensor x, int rank, int dim) {
        return rank == 0 ? 0 : x.size(dim);
    }

    // ---------------------------------------------------------------- the transforms (autograd nodes)

    /**
     * One DFT per dim of {@code dims}, last dim first, into a fresh contiguous tensor: {@code x} is real (no pair
     * dim) when {@code realInput}, complex otherwise; the first transform (the last dim) keeps {@code lastBins} bins
     * when non-negative, and applies {@code scale}.
     */
    private static Tensor transform(Tensor x, int[] dims, double scale, boolean inverse, boolean realInput,
                                    int lastBins) {
        if (dims.length == 0) {
            return x.clone();
        }
        Tensor cur = x.contiguous();
        boolean real = realInput;
        for (int i = dims.length - 1; i >= 0; i--) {
            int d = dims[i];
            int[] shape = cur.sizes();
            int rank = real ? shape.length : shape.length - 1;
            int n = shape[d];
            int bins = i == dims.length - 1 && lastBins >= 0 ? lastBins : n;
            int outer = 1;
            for (int k = 0; k < d; k++) {
                outer *= shape[k];
            }
            int inner = 1;
            for (int k = d + 1; k < rank; k++) {
                inner *= shape[k];
            }
            int[] outShape = new int[rank + 1];
            System.arraycopy(shape, 0, outShape, 0, rank);
            outShape[d] = bins;
            outShape[rank] = 2;
            Tensor out = Operands.empty(Torch.options().dtype(cur.dtype()).device(cur.device()), outShape);
            int c = real ? 1 : 2;
            Strided in = new Strided(cur.storage(), new int[] {outer, n, inner, c},
                    new int[] {n * inner * c, inner * c, c, 1}, cur.storageOffset());
            Strided o = new Strided(out.storage(), new int[] {outer, bins, inner, 2},
                    new int[] {bins * inner * 2, inner * 2, 2, 1}, out.storageOffset());
            Operands.backend(out).fft(in, inverse, i == dims.length - 1 ? scale : 1, o);
            cur = out;
            real = false;
        }
        return cur;
    }

    private static long points(int[] sizes) {
        long n = 1;
        for (int s : sizes) {
            n *= s;
        }
        return n;
    }

    private static int[] sizesAt(Tensor x, int[] dims) {
        int[] s = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            s[i] = x.size(dims[i]);
        }
        return s;
    }

    /**
     * Complex-to-complex transform over the complex dims {@code dims} (wrapped, unique) of a view_as_real tensor.
     * PyTorch: {@code torch._fft_c2c(self, dim, normalization, forward)}.
     */
    static Tensor c2c(Tensor z, int[] dims, Norm norm, boolean forward) {
        if (z.dim() == 1) {
            throw new IllegalArgumentException("ndim must be >= 1");
        }
        double scale = norm.scale(points(sizesAt(z, dims)));
        return Dispatch.apply(FFT_C2C, new Tensor[] {z}, () -> transform(z, dims, scale, !forward, false, -1),
                // the adjoint of s·F is s·conj(F): the opposite direction with the same scaling
                (ctx, g) -> new Tensor[] {c2c(g[0], dims, norm, !forward)});
    }

    /**
     * Real-to-complex transform over {@code dims} of a real tensor, keeping n/2+1 bins of the last when
     * {@code onesided}; the conjugate result (the inverse direction) when not {@code forward}.
     * PyTorch: {@code torch._fft_r2c(self, dim, normalization, onesided)} (then {@code conj} for ifft/ihfft).
     */
    static Tensor r2c(Tensor x, int[] dims, Norm norm, boolean onesided, boolean forward) {
        int[] sizes = sizesAt(x, dims);
        int last = dims[dims.length - 1];
        int full = x.size(last);
        double scale = norm.scale(points(sizes));
        return Dispatch.apply(FFT_R2C, new Tensor[] {x},
                () -> transform(x, dims, scale, !forward, true, onesided ? full / 2 + 1 : -1),
                (ctx, g) -> {
                    // the adjoint: the missing half-spectrum contributes nothing, then the real part of the
                    // opposite-direction transform (for real x, conj(F x) is the inverse transform of x)
                    Tensor grad = g[0];
                    int have = grad.size(last);
                    if (have < full) {
                        int[] pad = new int[2 * (grad.dim() - last)];
                        pad[pad.length - 1] = full - have;
                        grad = PadOps.constantPad(grad, pad, 0);
                    }
                    return new Tensor[] {c2c(grad, dims, norm, !forward).select(-1, 0)};
                });
    }

    /**
     * Complex-to-real transform (inverse direction) of a Hermitian half-spectrum: over dims but the last as complex
     * transforms, then along the last from its n/2+1 bins to {@code lastDimSize} real values (the imaginary parts
     * of bin 0 and, for even n, bin n/2 are ignored). PyTorch: {@code torch._fft_c2r(self, dim, normalization,
     * last_dim_size)}.
     */
    static Tensor c2r(Tensor z, int[] dims, Norm norm, int lastDimSize) {
        int last = dims[dims.length - 1];
        int[] outSizes = sizesAt(z, dims);
        outSizes[outSizes.length - 1] = lastDimSize;
        double scale = norm.scale(points(outSizes));
        int[] others = allButLast(dims);
        return Dispatch.apply(FFT_C2R, new Tensor[] {z}, () -> {
            Tensor y = transform(z, others, 1, true, false, -1);
            // the full spectrum from the half: bin k > n/2 is conj(bin n - k)
            int mirrored = lastDimSize - y.size(last);
            if (mirrored > 0) {
                y = JoinOps.cat(List.of(y, conj(y.narrow(last, 1, mirrored).flip(last))), last);
            }
            return transform(y, new int[] {last}, scale, true, false, -1).select(-1, 0).contiguous();
        }, (ctx, g) -> {
            // the forward-direction half-spectrum of the gradient, with each bin that stood for two (itself and
            // its mirror: 1 .. n - bins) counted twice
            Tensor half = r2c(g[0], dims, norm, true, true);
            int bins = half.size(last);
            int doubled = lastDimSize - bins;
            if (doubled <= 0) {
                return new Tensor[] {half};
            }
            double[] w = new double[bins];
            Arrays.fill(w, 1);
            Arrays.fill(w, 1, 1 + doubled, 2);
            int[] shape = new int[half.dim() - last];
            Arrays.fill(shape, 1);
            shape[0] = bins;
            Tensor weight = Torch.tensor(w, Torch.options().dtype(half.dtype()).device(half.device())).reshape(shape);
            return new Tensor[] {half.mul(weight)};
        });
    }

    // ---------------------------------------------------------------- one-dimensional frontends

    /**
     * fft ({@code forward}) or ifft of a real or complex signal along {@code dim}. PyTorch:
     * {@code torch.fft.fft(input, n=None, dim=-1, norm=None)} / {@code torch.fft.ifft}.
     */
    public static Tensor fft(Tensor x, Integer n, int dim, String norm, Boolean complexInput, boolean forward) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> fft(t[0], n, dim, norm, complexInput, forward));
        }
        boolean complex = isComplex(x, complexInput);
        Tensor in = complex ? complexOperand(x) : realOperand(x);
        int rank = complex ? in.dim() - 1 : in.dim();
        int d = Shapes.wrapDim(dim, rank);
        int points = n != null ? n : size(in, rank, d);
        checkPoints(points);
        checkResizable(rank);
        if (n != null) {
            in = resize(in, new int[] {d}, new int[] {points});
        }
        Norm mode = norm(norm, forward);
        return complex ? c2c(in, new int[] {d}, mode, forward) : r2c(in, new int[] {d}, mode, false, forward);
    }

    // a 0-d input given n: PyTorch fails in its padding
    private static void checkResizable(int rank) {
        if (rank == 0) {
            throw new IllegalArgumentException("Length of pad should be no more than twice the number of dimensions "
                    + "of the input. Pad length is 2while the input has 0dimensions.");
        }
    }

    /**
     * rfft ({@code forward}: the n/2+1 non-negative frequencies) or ihfft (their conjugates, inverse-scaled) of a
     * real signal. PyTorch: {@code torch.fft.rfft(input, n=None, dim=-1, norm=None)} / {@code torch.fft.ihfft}.
     */
    public static Tensor rfft(Tensor x, Integer n, int dim, String norm, boolean forward) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> rfft(t[0], n, dim, norm, forward));
        }
        Tensor in = realOperand(x);
        int d = Shapes.wrapDim(dim, in.dim());
        int points = n != null ? n : size(in, in.dim(), d);
        checkPoints(points);
        checkResizable(in.dim());
        if (n != null) {
            in = resize(in, new int[] {d}, new int[] {points});
        }
        return r2c(in, new int[] {d}, norm(norm, forward), true, forward);
    }

    /**
     * irfft (not {@code forward}) or hfft ({@code forward}: the transform of the conjugate) of a Hermitian
     * half-spectrum into {@code n} real values (default 2·(m - 1) for m bins). PyTorch:
     * {@code torch.fft.irfft(input, n=None, dim=-1, norm=None)} / {@code torch.fft.hfft}.
     */
    public static Tensor irfft(Tensor x, Integer n, int dim, String norm, Boolean complexInput, boolean forward) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> irfft(t[0], n, dim, norm, complexInput, forward));
        }
        Tensor in = toComplex(x, complexInput);
        int rank = in.dim() - 1;
        int d = Shapes.wrapDim(dim, rank);
        int points = n != null ? n : 2 * (size(in, rank, d) - 1);
        checkPoints(points);
        if (n != null) {
            in = resize(in, new int[] {d}, new int[] {points / 2 + 1});
        }
        if (forward) {
            in = conj(in);
        }
        return c2r(in, new int[] {d}, norm(norm, forward), points);
    }

    // ---------------------------------------------------------------- n-dimensional frontends

    /** The dims and signal sizes an n-D transform works on (PyTorch's canonicalize_fft_shape_and_dim_args). */
    private record ShapeAndDims(int[] shape, int[] dims) {
    }

    private static ShapeAndDims canonicalize(int[] sizes, int[] s, int[] dim) {
        int rank = sizes.length;
        int[] dims = null;
        if (dim != null) {
            dims = new int[dim.length];
            for (int i = 0; i < dim.length; i++) {
                dims[i] = Shapes.wrapDim(dim[i], rank);
            }
            int[] sorted = dims.clone();
            Arrays.sort(sorted);
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] == sorted[i - 1]) {
                    throw new IllegalArgumentException("FFT dims must be unique");
                }
            }
        }
        int[] shape;
        if (s != null) {
            if (dim != null && dim.length != s.length) {
                throw new IllegalArgumentException("When given, dim and shape arguments must have the same length");
            }
            if (s.length > rank) {
                throw new IllegalArgumentException("Got shape with " + s.length + " values but input tensor only has "
                        + rank + " dimensions.");
            }
            if (dims == null) {
                dims = new int[s.length];
                for (int i = 0; i < s.length; i++) {
                    dims[i] = rank - s.length + i;
                }
            }
            shape = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                shape[i] = s[i] == -1 ? sizes[dims[i]] : s[i];
            }
        } else {
            if (dims == null) {
                dims = new int[rank];
                for (int i = 0; i < rank; i++) {
                    dims[i] = i;
                }
            }
            shape = new int[dims.length];
            for (int i = 0; i < dims.length; i++) {
                shape[i] = rank == 0 ? 0 : sizes[dims[i]];
            }
        }
        for (int n : shape) {
            checkPoints(n);
        }
        return new ShapeAndDims(shape, dims);
    }

    private static int[] complexSizes(Tensor z) {
        return Arrays.copyOf(z.sizes(), z.dim() - 1);
    }

    /**
     * fftn ({@code forward}) or ifftn over {@code dim} (null: all, or the last {@code s.length}) with signal sizes
     * {@code s} (null: the input's; -1 entries keep a size). PyTorch: {@code torch.fft.fftn(input, s=None,
     * dim=None, norm=None)} / {@code ifftn}, and fft2 / ifft2 with dim=(-2, -1).
     */
    public static Tensor fftn(Tensor x, int[] s, int[] dim, String norm, Boolean complexInput, boolean forward) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> fftn(t[0], s, dim, norm, complexInput, forward));
        }
        boolean complex = isComplex(x, complexInput);
        ShapeAndDims desc = canonicalize(complex ? complexSizes(x) : x.sizes(), s, dim);
        Tensor z = toComplex(x, complexInput);
        z = resize(z, desc.dims(), desc.shape());
        return c2c(z, desc.dims(), norm(norm, forward), forward);
    }

    /**
     * rfftn of a real input: the last of {@code dim} keeps n/2+1 bins. PyTorch: {@code torch.fft.rfftn(input,
     * s=None, dim=None, norm=None)} (and rfft2).
     */
    public static Tensor rfftn(Tensor x, int[] s, int[] dim, String norm, String fname) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> rfftn(t[0], s, dim, norm, fname));
        }
        ShapeAndDims desc = canonicalize(x.sizes(), s, dim);
        if (desc.dims().length == 0) {
            throw new IllegalArgumentException(fname + " must transform at least one axis");
        }
        Tensor in = resize(realOperand(x), desc.dims(), desc.shape());
        return r2c(in, desc.dims(), norm(norm, true), true, true);
    }

    /** The dims, resized input sizes and output size of the last dim of an n-D complex-to-real transform. */
    private record C2rArgs(int[] dims, int[] shape, int lastDimSize) {
    }

    // PyTorch's canonicalize_fft_c2r_shape_and_dim_args: the last dim's output defaults to 2·(m - 1)
    private static C2rArgs c2rArgs(String fname, int[] sizes, int[] s, int[] dim) {
        ShapeAndDims desc = canonicalize(sizes, s, dim);
        if (desc.dims().length == 0) {
            throw new IllegalArgumentException(fname + " must transform at least one axis");
        }
        int lastDim = desc.dims()[desc.dims().length - 1];
        int lastDimSize = s == null || s[s.length - 1] == -1 ? 2 * (sizes[lastDim] - 1) : s[s.length - 1];
        checkPoints(lastDimSize);
        int[] shape = desc.shape().clone();
        shape[shape.length - 1] = lastDimSize / 2 + 1;
        return new C2rArgs(desc.dims(), shape, lastDimSize);
    }

    private static int[] allButLast(int[] dims) {
        return Arrays.copyOf(dims, dims.length - 1);
    }

    /**
     * irfftn of a Hermitian half-spectrum: the last of {@code dim} becomes {@code s[-1]} real values (default
     * 2·(m - 1)). PyTorch: {@code torch.fft.irfftn(input, s=None, dim=None, norm=None)} (and irfft2).
     */
    public static Tensor irfftn(Tensor x, int[] s, int[] dim, String norm, Boolean complexInput, String fname) {
        if (AutocastPolicy.isCpuEnabled()) {
            return AutocastPolicy.fp32(null, new Tensor[] {x}, t -> irfftn(t[0], s, dim, norm, complexInput, fname));
        }
        C2rArgs args = c2rArgs(fname, isComplex(x, complexInput) ? complexSizes(x) : x.sizes(), s, dim);
        Tensor z = resize(toComplex(x, complexInput), args.dims(), args.shape());
        return c2r(z, args.dims(), norm(norm, false), args.lastDimSize());
    }

    /**
     * hfftn: forward complex transforms over all of {@code dim} but the last, then the real transform of the
     * conjugate half-spectrum along the last. PyTorch: {@code torch.fft.hfftn(input, s=None, dim=None, norm=None)}
     * (and hfft2).
     */
    public static Tensor hfftn(Tensor x, int[] s, int[] dim, String norm, Boolean complexInput, String fname) {
        C2rArgs args = c2rArgs(fname, isComplex(x, complexInput) ? complexSizes(x) : x.sizes(), s, dim);
        Tensor z = resize(toComplex(x, complexInput), args.dims(), args.shape());
        Norm mode = norm(norm, true);
        int[] dims = args.dims();
        Tensor half = dims.length > 1 ? c2c(z, allButLast(dims), mode, true) : z;
        return c2r(conj(half), new int[] {dims[dims.length - 1]}, mode, args.lastDimSize());
    }

    /**
     * ihfftn of a real input: the conjugate one-sided transform along the last of {@code dim}, then inverse complex
     * transforms over the others. PyTorch: {@code torch.fft.ihfftn(input, s=None, dim=None, norm=None)} (and
     * ihfft2).
     */
    public static Tensor ihfftn(Tensor x, int[] s, int[] dim, String norm, String fname) {
        ShapeAndDims desc = canonicalize(x.sizes(), s, dim);
        if (desc.dims().length == 0) {
            throw new IllegalArgumentException(fname + " must transform at least one axis");
        }
        Tensor in = resize(realOperand(x), desc.dims(), desc.shape());
        Norm mode = norm(norm, false);
        int[] dims = desc.dims();
        Tensor half = r2c(in, new int[] {dims[dims.length - 1]}, mode, true, false);
        return dims.length > 1 ? c2c(half, allButLast(dims), mode, false) : half;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The sample frequencies of an n-point transform with spacing {@code d}: {@code [0, 1, ..., -(n/2), ..., -1] /
     * (n·d)}, or the n/2+1 non-negative ones when {@code onesided}. PyTorch: {@code torch.fft.fftfreq(n, d=1.0, *,
     * dtype=None, device=None, requires_grad=False)} / {@code rfftfreq}.
     */
    public static Tensor fftfreq(int n, double d, TensorOptions options, boolean onesided) {
        String fname = onesided ? "rfftfreq" : "fftfreq";
        DType dtype = options.dtypeOr(Torch.getDefaultDtype());
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(fname + " requires a floating point or complex dtype");
        }
        if (n < 0) {
            throw new IllegalArgumentException("Trying to create tensor with negative dimension " + n + ": [" + n
                    + "]");
        }
        int count = onesided ? n / 2 + 1 : n;
        return Dispatch.factory(onesided ? RFFTFREQ : FFTFREQ, options.dtype(dtype), o -> {
            Tensor out = Operands.empty(o, count);
            // the integer frequencies, then one scaling in the result's dtype, as PyTorch computes them
            Operands.backend(out).generate(Operands.of(out), DType.INT64, (host, offset, len) -> {
                for (int i = offset; i < offset + len; i++) {
                    host.setLong(i, i < (n + 1) / 2 || onesided ? i : i - n);
                }
            });
            return out.mul_(1.0 / (n * d));
        });
    }

    /**
     * Rolls the zero frequency to the centre of each of {@code dim} (all complex dims when null), or back when
     * {@code inverse}. PyTorch: {@code torch.fft.fftshift(input, dim=None)} / {@code ifftshift}.
     */
    public static Tensor fftshift(Tensor x, int[] dim, boolean inverse) {
        int rank = isComplex(x, null) ? x.dim() - 1 : x.dim();
        int[] dims;
        if (dim == null) {
            dims = new int[rank];
            for (int i = 0; i < rank; i++) {
                dims[i] = i;
            }
        } else {
            dims = new int[dim.length];
            for (int i = 0; i < dim.length; i++) {
                dims[i] = Shapes.wrapDim(dim[i], rank);
            }
        }
        int[] shifts = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int n = x.size(dims[i]);
            shifts[i] = inverse ? (n + 1) / 2 : n / 2;
        }
        return FlipRollOps.roll(x, shifts, dims);
    }
}
