/**
 * Training pictures (loss curves, the confusion matrix, value histograms) as XChart charts rendered headless to
 * PNG, and image grids of convolution kernels and feature maps ({@link jtorch.utils.plot.Grids}). May use XChart,
 * javax.imageio and jtorch-core's public API.
 */
package jtorch.utils.plot;
