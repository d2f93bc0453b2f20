package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Connectionist temporal classification loss of log-probabilities (T, N, C) (or unbatched (T, C)) against
 * unaligned target sequences, padded (N, S) or concatenated (sum of target lengths). PyTorch:
 * {@code nn.CTCLoss(blank=0, reduction='mean', zero_infinity=False)}; "mean" divides each sample's loss by its
 * target length before averaging. Call with {@code call(logProbs, targets, inputLengths, targetLengths)} or
 * {@code forward(logProbs, targets, int[] inputLengths, int[] targetLengths)}.
 */
public class CTCLoss extends Loss {
    /** PyTorch: {@code self.blank}. */
    public final int blank;
    /** PyTorch: {@code self.zero_infinity}. */
    public final boolean zeroInfinity;

    /** Keyword arguments of {@code nn.CTCLoss} (and of {@code F.ctc_loss}). */
    public static final class Options extends Loss.Options<Options> {
        private int blank = 0;
        private boolean zeroInfinity = false;

        Options() {
            super("mean");
        }

        /** PyTorch: {@code blank=}: the blank label. */
        public Options blank(int blank) {
            this.blank = blank;
            return this;
        }

        /** The {@code blank} set (default 0). */
        public int blank() {
            return blank;
        }

        /** PyTorch: {@code zero_infinity=}: impossible alignments give 0 and no gradient instead of inf. */
        public Options zeroInfinity(boolean zeroInfinity) {
            this.zeroInfinity = zeroInfinity;
            return this;
        }

        /** The {@code zero_infinity} set (default false). */
        public boolean zeroInfinity() {
            return zeroInfinity;
        }
    }

    /** A fresh set of {@code nn.CTCLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.CTCLoss()}. */
    public CTCLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.CTCLoss(blank)}. */
    public CTCLoss(int blank) {
        this(options().blank(blank));
    }

    /** PyTorch: {@code nn.CTCLoss(**kwargs)}. */
    public CTCLoss(Options o) {
        super(o.reduction());
        blank = o.blank();
        zeroInfinity = o.zeroInfinity();
    }

    /** PyTorch: {@code forward(log_probs, targets, input_lengths, target_lengths)} with lengths as lists. */
    public Tensor forward(Tensor logProbs, Tensor targets, int[] inputLengths, int[] targetLengths) {
        return LossOps.ctcLoss(logProbs, targets, inputLengths, targetLengths, blank, reduction, zeroInfinity);
    }

    /** PyTorch: {@code forward(log_probs, targets, input_lengths, target_lengths)} with lengths as tensors. */
    public Tensor forward(Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths) {
        return forward(logProbs, targets, inputLengths.toIntArray(), targetLengths.toIntArray());
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "log_probs", "targets", "input_lengths", "target_lengths");
        return forward(inputs[0], inputs[1], inputs[2], inputs[3]);
    }
}
