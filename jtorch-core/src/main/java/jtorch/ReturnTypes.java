package jtorch;

/** Named results of ops that return several tensors. PyTorch: {@code torch.return_types}. */
public final class ReturnTypes {
    private ReturnTypes() {
    }

    private static String format(String name, Tensor values, Tensor indices) {
        return "torch.return_types." + name + "(\nvalues=" + values + ",\nindices=" + indices + ")";
    }

    /** {@code x.max(dim)}. */
    public record Max(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.max(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("max", values, indices);
        }
    }

    /** {@code x.min(dim)}. */
    public record Min(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.min(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("min", values, indices);
        }
    }

    /** {@code x.topk(k)}. */
    public record Topk(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.topk(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("topk", values, indices);
        }
    }

    /** {@code x.kthvalue(k)}. */
    public record Kthvalue(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.kthvalue(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("kthvalue", values, indices);
        }
    }

    /** {@code x.sort()}. */
    public record Sort(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.sort(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("sort", values, indices);
        }
    }

    /** {@code x.median(dim)}. */
    public record Median(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.median(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("median", values, indices);
        }
    }

    /** Pooling with {@code return_indices=True} ({@code F.max_pool2d}, {@code F.adaptive_max_pool2d}): output and flat indices. */
    public record MaxPoolWithIndices(Tensor output, Tensor indices) {
    }

    // ---------------------------------------------------------------- reductions (OrderStatisticsOps, CumulativeOps,
    // HistogramOps)

    /** {@code torch.aminmax(x)}: the smallest and the largest values. */
    public record Aminmax(Tensor min, Tensor max) {
        /** PyTorch's repr: {@code torch.return_types.aminmax(\nmin=tensor(...),\nmax=tensor(...))}. */
        @Override
        public String toString() {
            return "torch.return_types.aminmax(\nmin=" + min + ",\nmax=" + max + ")";
        }
    }

    /** {@code x.nanmedian(dim)}. */
    public record Nanmedian(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.nanmedian(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("nanmedian", values, indices);
        }
    }

    /** {@code x.mode(dim)}. */
    public record Mode(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.mode(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("mode", values, indices);
        }
    }

    /** {@code x.cummax(dim)}. */
    public record Cummax(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.cummax(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("cummax", values, indices);
        }
    }

    /** {@code x.cummin(dim)}. */
    public record Cummin(Tensor values, Tensor indices) {
        /** PyTorch's repr: {@code torch.return_types.cummin(\nvalues=tensor(...),\nindices=tensor(...))}. */
        @Override
        public String toString() {
            return format("cummin", values, indices);
        }
    }

    /** {@code torch.histogram(x, bins)}: the counts and the bin edges. */
    public record Histogram(Tensor hist, Tensor binEdges) {
        /** PyTorch's repr: {@code torch.return_types.histogram(\nhist=tensor(...),\nbin_edges=tensor(...))}. */
        @Override
        public String toString() {
            return "torch.return_types.histogram(\nhist=" + hist + ",\nbin_edges=" + binEdges + ")";
        }
    }

    /** {@code torch.histogramdd(x, bins)}: the counts and each dim's bin edges. */
    public record Histogramdd(Tensor hist, java.util.List<Tensor> binEdges) {
        /** PyTorch's repr: {@code torch.return_types.histogramdd(\nhist=tensor(...),\nbin_edges=(tensor(...), ...))}. */
        @Override
        public String toString() {
            StringBuilder edges = new StringBuilder();
            for (Tensor e : binEdges) {
                edges.append(edges.length() == 0 ? "" : ", ").append(e);
            }
            return "torch.return_types.histogramdd(\nhist=" + hist + ",\nbin_edges=(" + edges + "))";
        }
    }

    /** {@code torch.frexp}: mantissa (input's dtype) and int32 exponent, {@code input = mantissa · 2^exponent}. */
    public record Frexp(Tensor mantissa, Tensor exponent) {
    }

    // ---------------------------------------------------------------- linalg (torch.* forms; torch.linalg's are in
    // jtorch.linalg.Linalg)

    /** {@code torch.slogdet(A)}: the sign and log |det| of each matrix. */
    public record Slogdet(Tensor sign, Tensor logabsdet) {
    }

    /** {@code torch.qr(A, some=True)}. */
    public record Qr(Tensor Q, Tensor R) {
    }

    /** {@code torch.svd(A, some=True, compute_uv=True)}: V itself, not its transpose (linalg.svd's Vh). */
    public record Svd(Tensor U, Tensor S, Tensor V) {
    }

    // ---------------------------------------------------------------- LU and Householder QR (issue 21)

    /**
     * {@code torch.lu(A, pivot=True, get_infos=True)}: the packed LU factorization, its 1-based int32 pivots and the
     * int32 infos (0, or the 1-based index of the first zero pivot). Without get_infos PyTorch returns the first two.
     */
    public record Lu(Tensor LU, Tensor pivots, Tensor infos) {
    }

    /** {@code torch.lu_unpack(LU_data, LU_pivots)}: A = P L U. */
    public record LuUnpack(Tensor P, Tensor L, Tensor U) {
    }

    /** {@code torch.geqrf(A)}: R and the Householder vectors packed in {@code a}, and the reflectors' tau. */
    public record Geqrf(Tensor a, Tensor tau) {
    }
}
