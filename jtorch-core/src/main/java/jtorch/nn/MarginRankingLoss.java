package jtorch.nn;

import jtorch.Tensor;
import jtorch.internal.ops.LossOps;
import jtorch.nn.Module;

/**
 * Ranking loss {@code max(0, -y·(x1 - x2) + margin)} for targets y of 1 (x1 should rank higher) or -1.
 * PyTorch: {@code nn.MarginRankingLoss(margin=0.0, size_average=None, reduce=None, reduction='mean')}.
 *
 * <p>{@code new MarginRankingLoss(MarginRankingLoss.options().margin(...))}; functional form {@code F.marginRankingLoss}.
 */
public class MarginRankingLoss extends MarginLoss {

    /** Keyword arguments of {@code nn.MarginRankingLoss} (and of {@code F.margin_ranking_loss}); {@code margin} defaults to {@code 0.0}. */
    public static final class Options extends MarginLoss.Options<Options> {
        Options() {
            super("mean", 0.0);
        }
    }

    /** A fresh set of {@code nn.MarginRankingLoss}'s keyword arguments with PyTorch's defaults. */
    public static Options options() {
        return new Options();
    }

    /** PyTorch: {@code nn.MarginRankingLoss()}. */
    public MarginRankingLoss() {
        this(options());
    }

    /** PyTorch: {@code nn.MarginRankingLoss(margin)}. */
    public MarginRankingLoss(double margin) {
        this(options().margin(margin));
    }

    /** PyTorch: {@code nn.MarginRankingLoss(**kwargs)}. */
    public MarginRankingLoss(Options o) {
        super(o);
    }

    /** PyTorch: {@code forward(input1, input2, target)}. */
    public Tensor forward(Tensor input1, Tensor input2, Tensor target) {
        return LossOps.marginRankingLoss(input1, input2, target, margin, reduction);
    }

    @Override
    public Tensor forward(Tensor... inputs) {
        checkArity(inputs, "input1", "input2", "target");
        return forward(inputs[0], inputs[1], inputs[2]);
    }
}
