package jtorch.vision.ops.cpu;

/**
 * RoIPool's forward and backward loops: torchvision 0.14's {@code roi_pool_kernel.cpp} (max over the input
 * pixels of each output bin, the RoI's corners rounded to pixels). Arrays are contiguous: input
 * {@code [N, C, H, W]}, rois {@code [K, 5]} as {@code (batch index, x1, y1, x2, y2)}, output and argmax
 * {@code [K, C, pooledH, pooledW]}.
 */
public final class RoIPoolKernel {
    private final int channels;
    private final int height;
    private final int width;
    private final int pooledH;
    private final int pooledW;
    private final double spatialScale;
    private final boolean f32;

    /** The kernel for one configuration; {@code f32} rounds every step to float32 (torchvision's {@code T = float}). */
    public RoIPoolKernel(int channels, int height, int width, int pooledH, int pooledW, double spatialScale,
                         boolean f32) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.pooledH = pooledH;
        this.pooledW = pooledW;
        this.f32 = f32;
        this.spatialScale = r(spatialScale);
    }

    private double r(double v) {
        return f32 ? (double) (float) v : v;
    }

    /** C's {@code round}: half away from zero. */
    private static int cRound(double v) {
        return (int) (Math.signum(v) * Math.floor(Math.abs(v) + 0.5));
    }

    /** The pooled maxima and, per output, the flat index in its input plane of the maximum (-1 for an empty bin). */
    public record Result(double[] output, int[] argmax) {
    }

    /** Forward over {@code numRois} RoIs. */
    public Result forward(double[] input, double[] rois, int numRois) {
        int size = numRois * channels * pooledH * pooledW;
        double[] out = new double[size];
        int[] argmax = new int[size];
        int plane = height * width;
        for (int n = 0; n < numRois; n++) {
            int o = n * 5;
            int batch = (int) rois[o];
            int startW = cRound(r(rois[o + 1] * spatialScale));
            int startH = cRound(r(rois[o + 2] * spatialScale));
            int endW = cRound(r(rois[o + 3] * spatialScale));
            int endH = cRound(r(rois[o + 4] * spatialScale));
            int roiW = Math.max(endW - startW + 1, 1); // malformed RoIs are forced to 1x1
            int roiH = Math.max(endH - startH + 1, 1);
            double binH = r((double) roiH / pooledH);
            double binW = r((double) roiW / pooledW);
            for (int ph = 0; ph < pooledH; ph++) {
                for (int pw = 0; pw < pooledW; pw++) {
                    int hstart = clamp((int) Math.floor(r(ph * binH)) + startH, height);
                    int hend = clamp((int) Math.ceil(r((ph + 1) * binH)) + startH, height);
                    int wstart = clamp((int) Math.floor(r(pw * binW)) + startW, width);
                    int wend = clamp((int) Math.ceil(r((pw + 1) * binW)) + startW, width);
                    boolean empty = hend <= hstart || wend <= wstart;
                    for (int c = 0; c < channels; c++) {
                        double max = empty ? 0.0 : -Float.MAX_VALUE;
                        int maxIdx = -1;
                        int in = (batch * channels + c) * plane;
                        for (int h = hstart; h < hend; h++) {
                            for (int w = wstart; w < wend; w++) {
                                if (input[in + h * width + w] > max) {
                                    max = input[in + h * width + w];
                                    maxIdx = h * width + w;
                                }
                            }
                        }
                        int idx = ((n * channels + c) * pooledH + ph) * pooledW + pw;
                        out[idx] = max;
                        argmax[idx] = maxIdx;
                    }
                }
            }
        }
        return new Result(out, argmax);
    }

    private static int clamp(int v, int hi) {
        return Math.min(Math.max(v, 0), hi);
    }

    /** The input gradient {@code [N, C, H, W]}: each output's gradient added at its argmax, in torchvision's order. */
    public double[] backward(double[] grad, int[] argmax, double[] rois, int numRois, int batchSize) {
        double[] gin = new double[batchSize * channels * height * width];
        int plane = height * width;
        int bins = pooledH * pooledW;
        for (int n = 0; n < numRois; n++) {
            int batch = (int) rois[n * 5];
            for (int c = 0; c < channels; c++) {
                int in = (batch * channels + c) * plane;
                int out = (n * channels + c) * bins;
                for (int b = 0; b < bins; b++) {
                    if (argmax[out + b] != -1) {
                        gin[in + argmax[out + b]] = r(gin[in + argmax[out + b]] + grad[out + b]);
                    }
                }
            }
        }
        return gin;
    }
}
