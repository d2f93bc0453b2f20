package jtorch.vision.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jtorch.DType;
import jtorch.Tensor;
import jtorch.Torch;

/**
 * Box operations, non-maximum suppression and the focal loss of detection models. torchvision:
 * {@code torchvision.ops}. Boxes are {@code [N, 4]} tensors in {@code (x1, y1, x2, y2)} form unless said otherwise.
 */
public final class Ops {
    private Ops() {
    }

    /** {@code (x2 - x1) * (y2 - y1)}. torchvision: {@code ops.box_area(boxes)}. */
    public static Tensor boxArea(Tensor boxes) {
        return boxes.select(1, 2).sub(boxes.select(1, 0)).mul(boxes.select(1, 3).sub(boxes.select(1, 1)));
    }

    private static Tensor[] interUnion(Tensor b1, Tensor b2) {
        Tensor a1 = boxArea(b1);
        Tensor a2 = boxArea(b2);
        Tensor lt = Torch.maximum(b1.narrow(1, 0, 2).unsqueeze(1), b2.narrow(1, 0, 2));
        Tensor rb = Torch.minimum(b1.narrow(1, 2, 2).unsqueeze(1), b2.narrow(1, 2, 2));
        Tensor wh = rb.sub(lt).clampMin(0.0);
        Tensor inter = wh.select(2, 0).mul(wh.select(2, 1));
        Tensor union = a1.unsqueeze(1).add(a2).sub(inter);
        return new Tensor[] {inter, union};
    }

    /** Pairwise intersection over union {@code [N, M]}. torchvision: {@code ops.box_iou(boxes1, boxes2)}. */
    public static Tensor boxIou(Tensor boxes1, Tensor boxes2) {
        Tensor[] iu = interUnion(boxes1, boxes2);
        return iu[0].div(iu[1]);
    }

    /** Pairwise generalized IoU. torchvision: {@code ops.generalized_box_iou(boxes1, boxes2)}. */
    public static Tensor generalizedBoxIou(Tensor boxes1, Tensor boxes2) {
        Tensor[] iu = interUnion(boxes1, boxes2);
        Tensor iou = iu[0].div(iu[1]);
        Tensor lti = Torch.minimum(boxes1.narrow(1, 0, 2).unsqueeze(1), boxes2.narrow(1, 0, 2));
        Tensor rbi = Torch.maximum(boxes1.narrow(1, 2, 2).unsqueeze(1), boxes2.narrow(1, 2, 2));
        Tensor whi = rbi.sub(lti).clampMin(0.0);
        Tensor areai = whi.select(2, 0).mul(whi.select(2, 1));
        return iou.sub(areai.sub(iu[1]).div(areai));
    }

    /**
     * Converts between "xyxy", "xywh" (corner, size) and "cxcywh" (centre, size). torchvision:
     * {@code ops.box_convert(boxes, in_fmt, out_fmt)}.
     */
    public static Tensor boxConvert(Tensor boxes, String inFmt, String outFmt) {
        List<String> allowed = List.of("xyxy", "xywh", "cxcywh");
        if (!allowed.contains(inFmt) || !allowed.contains(outFmt)) {
            throw new IllegalArgumentException("Unsupported Bounding Box Conversions for given in_fmt and out_fmt");
        }
        if (inFmt.equals(outFmt)) {
            return boxes.clone();
        }
        Tensor b = boxes;
        if (!inFmt.equals("xyxy")) {
            Tensor a = b.select(1, 0);
            Tensor c = b.select(1, 1);
            Tensor w = b.select(1, 2);
            Tensor h = b.select(1, 3);
            b = inFmt.equals("xywh") ? Torch.stack(List.of(a, c, a.add(w), c.add(h)), 1)
                    : Torch.stack(List.of(a.sub(w.mul(0.5)), c.sub(h.mul(0.5)), a.add(w.mul(0.5)), c.add(h.mul(0.5))), 1);
        }
        if (outFmt.equals("xyxy")) {
            return b;
        }
        Tensor x1 = b.select(1, 0);
        Tensor y1 = b.select(1, 1);
        Tensor x2 = b.select(1, 2);
        Tensor y2 = b.select(1, 3);
        if (outFmt.equals("xywh")) {
            return Torch.stack(List.of(x1, y1, x2.sub(x1), y2.sub(y1)), 1);
        }
        return Torch.stack(List.of(x1.add(x2).div(2), y1.add(y2).div(2), x2.sub(x1), y2.sub(y1)), 1);
    }

    /** Clamps x to [0, width] and y to [0, height]; {@code size} is (height, width). torchvision: {@code ops.clip_boxes_to_image}. */
    public static Tensor clipBoxesToImage(Tensor boxes, int[] size) {
        int h = size[0];
        int w = size[1];
        Tensor x = boxes.select(1, 0).clamp(0.0, (double) w);
        Tensor y = boxes.select(1, 1).clamp(0.0, (double) h);
        Tensor x2 = boxes.select(1, 2).clamp(0.0, (double) w);
        Tensor y2 = boxes.select(1, 3).clamp(0.0, (double) h);
        return Torch.stack(List.of(x, y, x2, y2), 1);
    }

    /** Indices of the boxes whose sides are both at least {@code minSize}. torchvision: {@code ops.remove_small_boxes}. */
    public static Tensor removeSmallBoxes(Tensor boxes, double minSize) {
        double[] ws = boxes.select(1, 2).sub(boxes.select(1, 0)).to(DType.FLOAT64).toDoubleArray();
        double[] hs = boxes.select(1, 3).sub(boxes.select(1, 1)).to(DType.FLOAT64).toDoubleArray();
        List<Long> keep = new ArrayList<>();
        for (int i = 0; i < ws.length; i++) {
            if (ws[i] >= minSize && hs[i] >= minSize) {
                keep.add((long) i);
            }
        }
        return longs(keep);
    }

    private static Tensor longs(List<Long> v) {
        return Torch.fromArray(v.stream().mapToLong(Long::longValue).toArray(), v.size());
    }

    /** Indices sorted by score, highest first; ties keep the lower index first (torch's stable sort). */
    private static Integer[] order(float[] scores, int[] subset) {
        Integer[] o = new Integer[subset.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, Comparator.comparingDouble((Integer i) -> -scores[subset[i]]));
        return o;
    }

    /**
     * Non-maximum suppression: the indices of the kept boxes by decreasing score, dropping every box whose IoU
     * with a kept higher-scoring box exceeds {@code iouThreshold} (computed in float as torchvision's CPU kernel).
     * torchvision: {@code ops.nms(boxes, scores, iou_threshold)}.
     */
    public static Tensor nms(Tensor boxes, Tensor scores, double iouThreshold) {
        int n = boxes.size(0);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return longs(nmsIndices(boxes.to(DType.FLOAT32).contiguous().toFloatArray(),
                scores.to(DType.FLOAT32).contiguous().toFloatArray(), all, (float) iouThreshold));
    }

    private static List<Long> nmsIndices(float[] b, float[] s, int[] subset, float thr) {
        Integer[] ord = order(s, subset);
        int m = subset.length;
        boolean[] suppressed = new boolean[m];
        float[] areas = new float[m];
        for (int i = 0; i < m; i++) {
            int k = subset[i] * 4;
            areas[i] = (b[k + 2] - b[k]) * (b[k + 3] - b[k + 1]);
        }
        List<Long> keep = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            int i = ord[a];
            if (suppressed[i]) {
                continue;
            }
            keep.add((long) subset[i]);
            int ki = subset[i] * 4;
            for (int c = a + 1; c < m; c++) {
                int j = ord[c];
                if (suppressed[j]) {
                    continue;
                }
                int kj = subset[j] * 4;
                float xx1 = Math.max(b[ki], b[kj]);
                float yy1 = Math.max(b[ki + 1], b[kj + 1]);
                float xx2 = Math.min(b[ki + 2], b[kj + 2]);
                float yy2 = Math.min(b[ki + 3], b[kj + 3]);
                float w = Math.max(0f, xx2 - xx1);
                float h = Math.max(0f, yy2 - yy1);
                float inter = w * h;
                float ovr = inter / (areas[i] + areas[j] - inter);
                if (ovr > thr) {
                    suppressed[j] = true;
                }
            }
        }
        return keep;
    }

    /**
     * NMS within each category {@code idxs}: kept indices of all categories by decreasing score. torchvision:
     * {@code ops.batched_nms(boxes, scores, idxs, iou_threshold)} (its per-class loop; the coordinate-offset trick
     * torchvision switches to for large inputs keeps the same boxes).
     */
    public static Tensor batchedNms(Tensor boxes, Tensor scores, Tensor idxs, double iouThreshold) {
        float[] b = boxes.to(DType.FLOAT32).contiguous().toFloatArray();
        float[] s = scores.to(DType.FLOAT32).contiguous().toFloatArray();
        long[] cls = idxs.to(DType.INT64).contiguous().toLongArray();
        Map<Long, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < cls.length; i++) {
            byClass.computeIfAbsent(cls[i], k -> new ArrayList<>()).add(i);
        }
        boolean[] keepMask = new boolean[cls.length];
        for (List<Integer> members : byClass.values()) {
            int[] subset = members.stream().mapToInt(Integer::intValue).toArray();
            for (long k : nmsIndices(b, s, subset, (float) iouThreshold)) {
                keepMask[(int) k] = true;
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < keepMask.length; i++) {
            if (keepMask[i]) {
                kept.add(i);
            }
        }
        int[] subset = kept.stream().mapToInt(Integer::intValue).toArray();
        Integer[] ord = order(s, subset);
        List<Long> out = new ArrayList<>();
        for (Integer o : ord) {
            out.add((long) subset[o]);
        }
        return longs(out);
    }

    /**
     * The focal loss of RetinaNet on logits, alpha 0.25, gamma 2, no reduction. torchvision:
     * {@code ops.sigmoid_focal_loss(inputs, targets)}; delegates to jtorch-core's
     * {@link jtorch.nn.functional.F#sigmoidFocalLoss(Tensor, Tensor)}.
     */
    public static Tensor sigmoidFocalLoss(Tensor inputs, Tensor targets) {
        return jtorch.nn.functional.F.sigmoidFocalLoss(inputs, targets);
    }

    /**
     * torchvision: {@code ops.sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction)} (reduction "none",
     * "mean" or "sum"; a negative alpha disables the weighting).
     */
    public static Tensor sigmoidFocalLoss(Tensor inputs, Tensor targets, double alpha, double gamma, String reduction) {
        return jtorch.nn.functional.F.sigmoidFocalLoss(inputs, targets, alpha, gamma, reduction);
    }

    /**
     * RoIAlign (Mask R-CNN): for each box, a {@code outputSize} grid of bins, each the average of bilinear samples of
     * the input on a {@code samplingRatio x samplingRatio} grid ({@code samplingRatio <= 0}: adaptive,
     * {@code ceil(box size / output size)} per axis). {@code boxes} is {@code Tensor[K, 5]} of
     * {@code (batch index, x1, y1, x2, y2)} in the input's dtype, scaled to input pixels by {@code spatialScale};
     * {@code aligned} shifts them by -0.5 pixel (Detectron2), without it boxes are at least 1x1. Differentiable
     * in the input (torchvision's backward kernel); returns {@code [K, C, outputSize[0], outputSize[1]]}.
     * torchvision: {@code ops.roi_align(input, boxes, output_size, spatial_scale=1.0, sampling_ratio=-1,
     * aligned=False)}.
     *
     * @param outputSize {@code (h, w)}, or one value for both
     * @throws IllegalArgumentException for boxes not of shape {@code [K, 5]} (torchvision's message), an input
     *         that is not 4-D, or dtypes that differ or are not float32/float64
     */
    public static Tensor roiAlign(Tensor input, Tensor boxes, int[] outputSize, double spatialScale, int samplingRatio,
                                  boolean aligned) {
        return RoIOps.roiAlign(input, RoIOps.rois(boxes), outputSize, spatialScale, samplingRatio, aligned);
    }

    /**
     * {@link #roiAlign(Tensor, Tensor, int[], double, int, boolean)} with one {@code Tensor[L, 4]} of boxes per
     * image of the batch. torchvision: {@code ops.roi_align(input, [boxes_0, boxes_1, ...], ...)}.
     */
    public static Tensor roiAlign(Tensor input, List<Tensor> boxes, int[] outputSize, double spatialScale,
                                  int samplingRatio, boolean aligned) {
        return RoIOps.roiAlign(input, RoIOps.rois(boxes), outputSize, spatialScale, samplingRatio, aligned);
    }

    /** Scale 1, adaptive sampling, not aligned. torchvision: {@code ops.roi_align(input, boxes, output_size)}. */
    public static Tensor roiAlign(Tensor input, Tensor boxes, int outputSize) {
        return roiAlign(input, boxes, new int[] {outputSize}, 1.0, -1, false);
    }

    /**
     * RoIPool (Fast R-CNN): each box's corners scaled by {@code spatialScale} and rounded (half away from zero)
     * to pixels, split into {@code outputSize} bins, each the maximum of its pixels (0 for an empty bin).
     * Differentiable in the input: the gradient goes to each bin's maximum. {@code boxes} as for
     * {@link #roiAlign(Tensor, Tensor, int[], double, int, boolean)}. torchvision:
     * {@code ops.roi_pool(input, boxes, output_size, spatial_scale=1.0)}.
     */
    public static Tensor roiPool(Tensor input, Tensor boxes, int[] outputSize, double spatialScale) {
        return RoIOps.roiPool(input, RoIOps.rois(boxes), outputSize, spatialScale);
    }

    /** {@link #roiPool(Tensor, Tensor, int[], double)} with one {@code Tensor[L, 4]} per image. torchvision: {@code ops.roi_pool}. */
    public static Tensor roiPool(Tensor input, List<Tensor> boxes, int[] outputSize, double spatialScale) {
        return RoIOps.roiPool(input, RoIOps.rois(boxes), outputSize, spatialScale);
    }

    /** Scale 1. torchvision: {@code ops.roi_pool(input, boxes, output_size)}. */
    public static Tensor roiPool(Tensor input, Tensor boxes, int outputSize) {
        return roiPool(input, boxes, new int[] {outputSize}, 1.0);
    }
}
