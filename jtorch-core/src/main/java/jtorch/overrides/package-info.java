/**
 * Function modes, mirroring {@code torch.overrides.TorchFunctionMode}: a stack of modes that see
 * the ops the user calls (never an op's inner calls) and may change factory options or results.
 */
package jtorch.overrides;
