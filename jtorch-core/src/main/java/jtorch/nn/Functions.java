package jtorch.nn;

import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Function;
import jtorch.autograd.FunctionCtx;

/**
 * The autograd Functions behind some of PyTorch's modules (PyTorch's {@code torch.nn._functions}); each class is
 * named as PyTorch's so its node is PyTorch's ({@code CrossMapLRN2dBackward}).
 */
final class Functions {
    private Functions() {
    }

    /**
     * Cross-channel local response normalisation of [N, C, H, W] input as PyTorch's legacy
     * {@code _functions.CrossMapLRN2d}: {@code scale = k + alpha / size * Σ x²} over a channel window, output
     * {@code x * scale^-beta}, and its own hand-written backward. Both windows are PyTorch's exactly, including
     * the running-sum forward that never drops channel 0 from later windows and the backward's window of
     * {@code size} channels starting {@code int(size - (size - 1) / 2)} below c, so outputs and gradients are
     * PyTorch's numbers even where the backward is not the forward's derivative.
     */
    static final class CrossMapLRN2d extends Function {
        private final int size;
        private final double alpha;
        private final double beta;
        private final double k;

        CrossMapLRN2d(int size, double alpha, double beta, double k) {
            this.size = size;
            this.alpha = alpha;
            this.beta = beta;
            this.k = k;
        }

        @Override
        protected Tensor forward(FunctionCtx ctx, Tensor... inputs) {
            Tensor input = inputs[0];
            if (input.dim() != 4) {
                throw new IllegalArgumentException("CrossMapLRN2d: Expected input to be 4D, got " + input.dim()
                        + "D instead.");
            }
            int channels = input.size(1);
            int prePad = (size - 1) / 2 + 1;
            // window[c][j]: how often channel j's square is in channel c's running sum
            double[][] window = new double[channels][channels];
            for (int j = 0; j < Math.min(prePad, channels); j++) {
                window[0][j] = 1;
            }
            for (int c = 1; c < channels; c++) {
                window[c] = window[c - 1].clone();
                if (c < channels - prePad + 1) {
                    window[c][c + prePad - 1] += 1;
                }
                if (c > prePad) {
                    window[c][c - prePad] -= 1;
                }
            }
            Tensor scale = overChannels(input.square(), window).mul(alpha / size).add(k);
            Tensor output = scale.pow(-beta).mul(input);
            ctx.saveForBackward(input, output, scale);
            return output;
        }

        @Override
        protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
            Tensor[] saved = ctx.savedTensors();
            Tensor input = saved[0];
            Tensor output = saved[1];
            Tensor scale = saved[2];
            int channels = input.size(1);
            int inversePrePad = (int) (size - (size - 1) / 2.0);
            double[][] window = new double[channels][channels];
            for (int c = 0; c < channels; c++) {
                for (int j = Math.max(c - inversePrePad, 0); j <= Math.min(c + size - 1 - inversePrePad,
                        channels - 1); j++) {
                    window[c][j] = 1;
                }
            }
            Tensor ratio = grad.mul(output).div(scale);
            Tensor accum = overChannels(ratio, window);
            Tensor gradInput = scale.pow(-beta).mul(grad).sub(input.mul(accum).mul(2 * alpha * beta / size));
            return new Tensor[] {gradInput};
        }

        // out[:, c] = Σ_j window[c][j] · x[:, j]
        private static Tensor overChannels(Tensor x, double[][] window) {
            int c = window.length;
            double[] flat = new double[c * c];
            for (int i = 0; i < c; i++) {
                System.arraycopy(window[i], 0, flat, i * c, c);
            }
            Tensor m = Torch.fromArray(flat, c, c).to(x.dtype());
            return x.permute(0, 2, 3, 1).matmul(m.t()).permute(0, 3, 1, 2);
        }
    }
}
