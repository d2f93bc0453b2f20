package jtorch.vision.ops.cpu;

/**
 * RoIAlign's forward and backward loops: torchvision 0.14's {@code roi_align_kernel.cpp} (average of bilinear
 * samples on a {@code gridH x gridW} grid per output bin). Arrays are contiguous: input {@code [N, C, H, W]},
 * rois {@code [K, 5]} as {@code (batch index, x1, y1, x2, y2)}, output {@code [K, C, pooledH, pooledW]}.
 */
public final class RoIAlignKernel {
    private final int channels;
    private final int height;
    private final int width;
    private final int pooledH;
    private final int pooledW;
    private final double spatialScale;
    private final int samplingRatio;
    private final boolean aligned;
    private final boolean f32;

    /**
     * The kernel for one configuration; {@code f32} rounds every step to float32 (torchvision's
     * {@code scalar_t = float}, including the spatial scale passed to it).
     */
    public RoIAlignKernel(int channels, int height, int width, int pooledH, int pooledW, double spatialScale,
                          int samplingRatio, boolean aligned, boolean f32) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.pooledH = pooledH;
        this.pooledW = pooledW;
        this.samplingRatio = samplingRatio;
        this.aligned = aligned;
        this.f32 = f32;
        this.spatialScale = r(spatialScale);
    }

    private double r(double v) {
        return f32 ? (double) (float) v : v;
    }

    /** One RoI's geometry: start, bin sizes and sampling grid. */
    private final class Roi {
        final int batch;
        final double startW;
        final double startH;
        final double binH;
        final double binW;
        final int gridH;
        final int gridW;

        Roi(double[] rois, int n) {
            int o = n * 5;
            batch = (int) rois[o];
            double offset = aligned ? 0.5 : 0.0;
            startW = r(r(rois[o + 1] * spatialScale) - offset);
            startH = r(r(rois[o + 2] * spatialScale) - offset);
            double endW = r(r(rois[o + 3] * spatialScale) - offset);
            double endH = r(r(rois[o + 4] * spatialScale) - offset);
            double roiW = r(endW - startW);
            double roiH = r(endH - startH);
            if (!aligned) { // malformed RoIs are forced to 1x1
                roiW = Math.max(roiW, 1.0);
                roiH = Math.max(roiH, 1.0);
            }
            binH = r(roiH / pooledH);
            binW = r(roiW / pooledW);
            gridH = samplingRatio > 0 ? samplingRatio : (int) Math.ceil(binH);
            gridW = samplingRatio > 0 ? samplingRatio : (int) Math.ceil(binW);
        }

        double y(int ph, int iy) {
            return r(r(startH + r(ph * binH)) + r(r((iy + 0.5) * binH) / gridH));
        }

        double x(int pw, int ix) {
            return r(r(startW + r(pw * binW)) + r(r((ix + 0.5) * binW) / gridW));
        }
    }

    /**
     * The four neighbours and weights of sample {@code (y, x)}: {@code pos[0..3]} (flat indices in a plane) and
     * {@code w[0..3]}; false when the sample lies outside {@code [-1, H] x [-1, W]}: then zero weights at
     * position 0 (the forward still adds {@code 0 * input[0]}, as torchvision's, so an infinite value there
     * gives NaN as in torchvision).
     */
    private boolean bilinear(double y, double x, int[] pos, double[] w) {
        if (y < -1.0 || y > height || x < -1.0 || x > width) {
            java.util.Arrays.fill(pos, 0);
            java.util.Arrays.fill(w, 0.0);
            return false;
        }
        y = Math.max(y, 0.0);
        x = Math.max(x, 0.0);
        int yLow = (int) y;
        int xLow = (int) x;
        int yHigh;
        int xHigh;
        if (yLow >= height - 1) {
            yHigh = yLow = height - 1;
            y = yLow;
        } else {
            yHigh = yLow + 1;
        }
        if (xLow >= width - 1) {
            xHigh = xLow = width - 1;
            x = xLow;
        } else {
            xHigh = xLow + 1;
        }
        double ly = r(y - yLow);
        double lx = r(x - xLow);
        double hy = r(1.0 - ly);
        double hx = r(1.0 - lx);
        w[0] = r(hy * hx);
        w[1] = r(hy * lx);
        w[2] = r(ly * hx);
        w[3] = r(ly * lx);
        pos[0] = yLow * width + xLow;
        pos[1] = yLow * width + xHigh;
        pos[2] = yHigh * width + xLow;
        pos[3] = yHigh * width + xHigh;
        return true;
    }

    /** The pooled output {@code [K, C, pooledH, pooledW]} of {@code numRois} RoIs. */
    public double[] forward(double[] input, double[] rois, int numRois) {
        double[] out = new double[numRois * channels * pooledH * pooledW];
        int plane = height * width;
        int[] pos = new int[4];
        double[] w = new double[4];
        for (int n = 0; n < numRois; n++) {
            Roi roi = new Roi(rois, n);
            double count = Math.max(roi.gridH * roi.gridW, 1);
            for (int c = 0; c < channels; c++) {
                int in = (roi.batch * channels + c) * plane;
                for (int ph = 0; ph < pooledH; ph++) {
                    for (int pw = 0; pw < pooledW; pw++) {
                        double val = 0.0;
                        for (int iy = 0; iy < roi.gridH; iy++) {
                            double y = roi.y(ph, iy);
                            for (int ix = 0; ix < roi.gridW; ix++) {
                                bilinear(y, roi.x(pw, ix), pos, w);
                                double s = r(r(r(r(w[0] * input[in + pos[0]]) + r(w[1] * input[in + pos[1]]))
                                        + r(w[2] * input[in + pos[2]])) + r(w[3] * input[in + pos[3]]));
                                val = r(val + s);
                            }
                        }
                        out[((n * channels + c) * pooledH + ph) * pooledW + pw] = r(val / count);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The gradient {@code [N, C, H, W]} of the input given the output's ({@code grad}, contiguous
     * {@code [K, C, pooledH, pooledW]}): each sample spreads {@code grad * w / count} to its four neighbours,
     * accumulated in torchvision's order.
     */
    public double[] backward(double[] grad, double[] rois, int numRois, int batchSize) {
        double[] gin = new double[batchSize * channels * height * width];
        int plane = height * width;
        int[] pos = new int[4];
        double[] w = new double[4];
        for (int n = 0; n < numRois; n++) {
            Roi roi = new Roi(rois, n);
            double count = roi.gridH * roi.gridW;
            for (int c = 0; c < channels; c++) {
                int in = (roi.batch * channels + c) * plane;
                for (int ph = 0; ph < pooledH; ph++) {
                    for (int pw = 0; pw < pooledW; pw++) {
                        double g = grad[((n * channels + c) * pooledH + ph) * pooledW + pw];
                        for (int iy = 0; iy < roi.gridH; iy++) {
                            double y = roi.y(ph, iy);
                            for (int ix = 0; ix < roi.gridW; ix++) {
                                if (bilinear(y, roi.x(pw, ix), pos, w)) {
                                    for (int k = 0; k < 4; k++) {
                                        gin[in + pos[k]] = r(gin[in + pos[k]] + r(r(g * w[k]) / count));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return gin;
    }
}
