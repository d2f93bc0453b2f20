package jtorch.vision.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;
import jtorch.autograd.Function;
import jtorch.autograd.FunctionCtx;
import jtorch.vision.ops.cpu.RoIAlignKernel;
import jtorch.vision.ops.cpu.RoIPoolKernel;

/**
 * roi_align and roi_pool: torchvision's Python checks and box conversion, then its CPU kernels
 * ({@link jtorch.vision.ops.cpu}) inside an autograd function whose backward is the kernels' backward.
 */
final class RoIOps {
    private RoIOps() {
    }

    /** torchvision's {@code check_roi_boxes_shape} for a {@code Tensor[K, 5]}. */
    static Tensor rois(Tensor boxes) {
        if (boxes.dim() != 2 || boxes.size(1) != 5) {
            throw new IllegalArgumentException("The boxes tensor shape is not correct as Tensor[K, 5]");
        }
        return boxes;
    }

    /**
     * torchvision's {@code check_roi_boxes_shape} for a {@code List[Tensor[L, 4]]} and
     * {@code convert_boxes_to_roi_format}: the boxes of image i get batch index i in a first column.
     */
    static Tensor rois(List<Tensor> boxes) {
        List<Tensor> ids = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Tensor b = boxes.get(i);
            if (b.dim() != 2 || b.size(1) != 4) {
                throw new IllegalArgumentException(
                        "The shape of the tensor in the boxes list is not correct as List[Tensor[L, 4]]");
            }
            ids.add(Torch.fullLike(b.narrow(1, 0, 1), (double) i));
        }
        Tensor concat = boxes.size() == 1 ? boxes.get(0) : Torch.cat(boxes, 0);
        Tensor id = ids.size() == 1 ? ids.get(0) : Torch.cat(ids, 0);
        return Torch.cat(List.of(id, concat), 1);
    }

    private static void checkInput(Tensor input, Tensor rois, String kernel) {
        if (input.dim() != 4) {
            throw new IllegalArgumentException(kernel + ": input should be a 4-D tensor [N, C, H, W], got shape "
                    + Arrays.toString(input.sizes()));
        }
        if (input.dtype() != rois.dtype()) {
            throw new IllegalArgumentException("Expected tensor for argument #1 'input' to have the same type as tensor "
                    + "for argument #2 'rois'; but type " + legacyName(input.dtype()) + " does not equal "
                    + legacyName(rois.dtype()) + " (while checking arguments for " + kernel + ")");
        }
        if (input.dtype() != DType.FLOAT32 && input.dtype() != DType.FLOAT64) {
            String t = legacyName(input.dtype());
            throw new IllegalArgumentException("\"" + kernel + "\" not implemented for '"
                    + t.substring("torch.".length(), t.length() - "Tensor".length()) + "'");
        }
    }

    /** torch's legacy type name: torch.FloatTensor, torch.DoubleTensor, ... */
    private static String legacyName(DType d) {
        return "torch." + switch (d) {
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
            case FLOAT16 -> "Half";
            case BFLOAT16 -> "BFloat16";
            case INT64 -> "Long";
            case INT32 -> "Int";
            case INT16 -> "Short";
            case INT8 -> "Char";
            case UINT8 -> "Byte";
            case BOOL -> "Bool";
            default -> d.name();
        } + "Tensor";
    }

    private static double[] doubles(Tensor t) {
        return t.to(DType.FLOAT64).contiguous().toDoubleArray();
    }

    private static Tensor tensor(double[] v, DType dtype, int... shape) {
        return Torch.fromArray(v, shape).to(dtype);
    }

    static Tensor roiAlign(Tensor input, Tensor rois, int[] outputSize, double spatialScale, int samplingRatio,
                           boolean aligned) {
        checkInput(input, rois, "roi_align_forward_kernel");
        int[] os = outputSize.length == 1 ? new int[] {outputSize[0], outputSize[0]} : outputSize;
        RoIAlignKernel k = new RoIAlignKernel(input.size(1), input.size(2), input.size(3), os[0], os[1], spatialScale,
                samplingRatio, aligned, input.dtype() == DType.FLOAT32);
        return new RoIAlignFunction(k, doubles(rois), rois.size(0), os).apply(input);
    }

    static Tensor roiPool(Tensor input, Tensor rois, int[] outputSize, double spatialScale) {
        checkInput(input, rois, "roi_pool_forward_kernel");
        int[] os = outputSize.length == 1 ? new int[] {outputSize[0], outputSize[0]} : outputSize;
        RoIPoolKernel k = new RoIPoolKernel(input.size(1), input.size(2), input.size(3), os[0], os[1], spatialScale,
                input.dtype() == DType.FLOAT32);
        return new RoIPoolFunction(k, doubles(rois), rois.size(0), os).apply(input);
    }

    /** torchvision's {@code torch.ops.torchvision.roi_align} with {@code _roi_align_backward} as its gradient. */
    private static final class RoIAlignFunction extends Function {
        private final RoIAlignKernel kernel;
        private final double[] rois;
        private final int numRois;
        private final int[] outputSize;
        private int[] inputShape;
        private DType dtype;

        RoIAlignFunction(RoIAlignKernel kernel, double[] rois, int numRois, int[] outputSize) {
            this.kernel = kernel;
            this.rois = rois;
            this.numRois = numRois;
            this.outputSize = outputSize;
        }

        @Override
        protected Tensor forward(FunctionCtx ctx, Tensor... in) {
            inputShape = in[0].sizes();
            dtype = in[0].dtype();
            return tensor(kernel.forward(doubles(in[0]), rois, numRois), dtype, numRois, inputShape[1], outputSize[0],
                    outputSize[1]);
        }

        @Override
        protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
            return new Tensor[] {tensor(kernel.backward(doubles(grad), rois, numRois, inputShape[0]), dtype, inputShape)};
        }
    }

    /** torchvision's {@code torch.ops.torchvision.roi_pool} with {@code _roi_pool_backward} (via the argmax). */
    private static final class RoIPoolFunction extends Function {
        private final RoIPoolKernel kernel;
        private final double[] rois;
        private final int numRois;
        private final int[] outputSize;
        private int[] inputShape;
        private DType dtype;
        private int[] argmax;

        RoIPoolFunction(RoIPoolKernel kernel, double[] rois, int numRois, int[] outputSize) {
            this.kernel = kernel;
            this.rois = rois;
            this.numRois = numRois;
            this.outputSize = outputSize;
        }

        @Override
        protected Tensor forward(FunctionCtx ctx, Tensor... in) {
            inputShape = in[0].sizes();
            dtype = in[0].dtype();
            RoIPoolKernel.Result r = kernel.forward(doubles(in[0]), rois, numRois);
            argmax = r.argmax();
            return tensor(r.output(), dtype, numRois, inputShape[1], outputSize[0], outputSize[1]);
        }

        @Override
        protected Tensor[] backward(FunctionCtx ctx, Tensor grad) {
            return new Tensor[] {tensor(kernel.backward(doubles(grad), argmax, rois, numRois, inputShape[0]), dtype,
                    inputShape)};
        }
    }
}
