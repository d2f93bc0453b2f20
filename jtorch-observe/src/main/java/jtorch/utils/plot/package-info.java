/**
 * Training pictures (loss curves, the confusion matrix, value histograms) as XChart charts rendered headless to
 * PNG. May use XChart and jtorch-core's public API.
 */
package jtorch.utils.plot;
