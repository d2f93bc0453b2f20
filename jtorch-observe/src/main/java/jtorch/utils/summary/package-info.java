/**
 * torchsummary for jtorch: {@link jtorch.utils.summary.ModelSummary#summary} prints a model's layers, output
 * shapes and parameter counts from one forward pass with forward hooks. jtorch-core's public API only.
 */
package jtorch.utils.summary;
