"""Fixtures for the convolution, pooling, normalisation and up-sampling modules (jtorch.nn.Conv1d, Conv2d,
ConvTranspose1d/2d, MaxPool1d/2d, MaxUnpool2d, AvgPool1d/2d, AdaptiveAvgPool2d, AdaptiveMaxPool2d,
BatchNorm1d/2d, LayerNorm, GroupNorm, Upsample; issue 21's Conv3d, ConvTranspose3d, MaxPool3d, AvgPool3d,
AdaptiveAvgPool3d, AdaptiveMaxPool3d, BatchNorm3d).

Module-level format (not the op format): each case builds a module after torch.manual_seed(seed) and
records its repr, initial parameters and buffers (names, order, values: PyTorch's default init), then
runs `steps` forward calls (train or eval mode) on fixed inputs; for each step the output and the
gradients of sum(output * grad_out) w.r.t. the input and every parameter (accumulated over steps as
.grad does), and after the last step the buffers (running statistics).

Case fields:
  name, module, args (positional constructor args), kwargs (constructor keywords), seed, train (bool),
  repr, params: [[name, T]...], buffers: [[name, T]...], num_params,
  steps: [{input: T, out: T, grad_out: T, indices: T (MaxUnpool2d), out_indices: T (return_indices)}...]
  (absent for repr-only cases), grads: [[name, T]...] (input of
  the last step first, then parameters), buffers_after: [[name, T]...];
  or ctor_error: PyTorch's message (the constructor raised), or error (forward raised on error_input: T); check_message.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_conv_modules.py
"""
import json
import os

import torch
import torch.nn as nn
from golden import enc as _enc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "nn_conv_modules.json")
_gen = torch.Generator().manual_seed(20261201)
_cases = []
_seed = [200]


def enc(t):
    """golden.enc, float32 values to 9 significant digits (enough to round-trip)."""
    e = _enc(t)
    if e["dtype"] == "float32":
        e["data"] = [float("%.9g" % v) if isinstance(v, float) else v for v in e["data"]]
    return e


def rand(*shape):
    return torch.randn(shape, generator=_gen, dtype=torch.float64).float()


def case(name, module, args, kwargs=None, input_shape=None, steps=1, train=True, seed=None, check_message=True):
    kwargs = kwargs or {}
    _seed[0] += 1
    seed = seed if seed is not None else _seed[0]
    indices = kwargs.get("return_indices", False)
    c = {"name": name, "module": module, "args": list(args), "kwargs": kwargs, "seed": seed, "train": train,
         "check_message": check_message}
    torch.manual_seed(seed)
    try:
        m = getattr(nn, module)(*args, **kwargs)
    except Exception as e:
        c["ctor_error"] = str(e).split("\n")[0]
        _cases.append(c)
        return
    m.train(train)
    c["repr"] = repr(m)
    c["params"] = [[k, enc(v)] for k, v in m.named_parameters()]
    c["num_params"] = sum(p.numel() for p in m.parameters())
    c["buffers"] = [[k, enc(v)] for k, v in m.named_buffers()]
    if input_shape is None:
        _cases.append(c)
        return
    c["steps"] = []
    x = None
    try:
        for _ in range(steps):
            x = rand(*input_shape).requires_grad_(True)
            if module == "MaxUnpool2d":
                pooled, idx = nn.functional.max_pool2d(x.detach(), m.kernel_size, m.stride, m.padding,
                                                       return_indices=True)
                pooled.requires_grad_(True)
                out = m(pooled, idx)
                step = {"input": enc(pooled), "indices": enc(idx)}
                x = pooled
            elif indices:
                out, idx = m(x)
                step = {"input": enc(x), "out_indices": enc(idx)}
            else:
                out = m(x)
                step = {"input": enc(x)}
            go = rand(*out.shape)
            (out * go).sum().backward()
            step.update({"out": enc(out), "grad_out": enc(go)})
            c["steps"].append(step)
    except Exception as e:
        c.pop("steps")
        c["error"] = str(e).split("\n")[0]
        c["error_input"] = enc(x)
        _cases.append(c)
        return
    c["grads"] = [["input", enc(x.grad)]] + [[k, enc(v.grad)] for k, v in m.named_parameters()]
    c["buffers_after"] = [[k, enc(v)] for k, v in m.named_buffers()]
    _cases.append(c)


# ---------------------------------------------------------------- convolutions: init from the seed, repr, forward
case("conv2d/lenet_conv1", "Conv2d", [1, 6, 5], input_shape=(2, 1, 12, 12))
case("conv2d/lenet_conv1_seed0", "Conv2d", [1, 6, 5], seed=0)
case("conv2d/lenet_conv1_seed42", "Conv2d", [1, 6, 5], seed=42)
case("conv2d/lenet_conv2", "Conv2d", [6, 16, 5], input_shape=(1, 6, 9, 9))
case("conv2d/resnet_stem", "Conv2d", [3, 64, 7], {"stride": 2, "padding": 3, "bias": False})
case("conv2d/stride_pad", "Conv2d", [3, 4, 3, 2, 1], input_shape=(2, 3, 7, 7))
case("conv2d/rect", "Conv2d", [2, 3, (3, 2)], {"stride": (2, 1), "padding": (1, 0), "dilation": (1, 2)},
     input_shape=(1, 2, 6, 7))
case("conv2d/groups_no_bias", "Conv2d", [4, 6, 3], {"groups": 2, "bias": False}, input_shape=(1, 4, 5, 5))
case("conv2d/same", "Conv2d", [2, 3, 4], {"padding": "same", "dilation": 1}, input_shape=(1, 2, 6, 5))
case("conv2d/valid", "Conv2d", [2, 3, 3], {"padding": "valid"}, input_shape=(1, 2, 5, 5))
for mode in ["reflect", "replicate", "circular"]:
    case("conv2d/padding_mode_" + mode, "Conv2d", [2, 3, 3], {"padding": 1, "padding_mode": mode},
         input_shape=(1, 2, 5, 6))
case("conv2d/padding_mode_reflect_same", "Conv2d", [2, 2, 4], {"padding": "same", "padding_mode": "reflect"},
     input_shape=(1, 2, 6, 6))
case("conv2d/unbatched", "Conv2d", [2, 3, 3], input_shape=(2, 5, 5))
case("conv2d/err_groups", "Conv2d", [3, 6, 3], {"groups": 2})
case("conv2d/err_out_groups", "Conv2d", [4, 5, 3], {"groups": 2})
case("conv2d/err_groups_zero", "Conv2d", [4, 4, 3], {"groups": 0})
case("conv2d/err_same_strided", "Conv2d", [4, 4, 3], {"padding": "same", "stride": 2})
# PyTorch prints the valid modes as a set, in an order that varies between runs
case("conv2d/err_padding_mode", "Conv2d", [4, 4, 3], {"padding_mode": "foo"}, check_message=False)
case("conv2d/err_wrong_channels", "Conv2d", [1, 6, 5], input_shape=(1, 3, 32, 32))
case("conv1d/basic", "Conv1d", [3, 4, 3], input_shape=(2, 3, 8))
case("conv1d/stride_pad_groups", "Conv1d", [4, 2, 3], {"stride": 2, "padding": 1, "groups": 2},
     input_shape=(1, 4, 9))
case("conv1d/same_circular", "Conv1d", [2, 2, 3], {"padding": "same", "padding_mode": "circular"},
     input_shape=(1, 2, 7))
case("conv_transpose2d/unet_up", "ConvTranspose2d", [8, 4, 2], {"stride": 2}, input_shape=(1, 8, 3, 3))
case("conv_transpose2d/all", "ConvTranspose2d", [4, 6, 3], {"stride": 2, "padding": 1, "output_padding": 1,
                                                             "groups": 2, "dilation": 1}, input_shape=(1, 4, 3, 4))
case("conv_transpose2d/no_bias_dilation", "ConvTranspose2d", [2, 3, (2, 3)], {"dilation": 2, "bias": False},
     input_shape=(2, 2, 3, 3))
case("conv_transpose2d/err_padding_mode", "ConvTranspose2d", [2, 3, 3], {"padding_mode": "reflect"})
case("conv_transpose1d/basic", "ConvTranspose1d", [3, 2, 3], {"stride": 2, "output_padding": 1},
     input_shape=(2, 3, 5))

# ---------------------------------------------------------------- pooling
case("max_pool2d/k2", "MaxPool2d", [2], input_shape=(2, 3, 6, 6))
case("max_pool2d/resnet", "MaxPool2d", [3, 2, 1], input_shape=(1, 2, 9, 9))
case("max_pool2d/tuple_ceil", "MaxPool2d", [(2, 3)], {"stride": (2, 1), "ceil_mode": True},
     input_shape=(1, 2, 7, 7))
case("max_pool2d/dilation_indices", "MaxPool2d", [3], {"stride": 1, "dilation": 2, "return_indices": True},
     input_shape=(1, 1, 7, 7))
case("max_pool1d/basic", "MaxPool1d", [3], {"stride": 2, "padding": 1}, input_shape=(2, 3, 9))
case("max_unpool2d/k2", "MaxUnpool2d", [2], input_shape=(1, 2, 6, 6))
case("max_unpool2d/k3s2", "MaxUnpool2d", [3, 2], input_shape=(1, 1, 7, 7))
case("avg_pool2d/k2", "AvgPool2d", [2], input_shape=(2, 3, 6, 6))
case("avg_pool2d/all", "AvgPool2d", [3, 2, 1], {"ceil_mode": True, "count_include_pad": False},
     input_shape=(1, 2, 6, 6))
case("avg_pool2d/divisor", "AvgPool2d", [(2, 3)], {"divisor_override": 4}, input_shape=(1, 1, 6, 6))
case("avg_pool1d/basic", "AvgPool1d", [3], {"stride": 2, "padding": 1}, input_shape=(2, 3, 9))
case("adaptive_avg_pool2d/square", "AdaptiveAvgPool2d", [3], input_shape=(2, 3, 7, 8))
case("adaptive_avg_pool2d/one", "AdaptiveAvgPool2d", [(1, 1)], input_shape=(2, 3, 7, 7))
case("adaptive_max_pool2d/rect", "AdaptiveMaxPool2d", [(2, 3)], input_shape=(1, 2, 5, 7))

# ---------------------------------------------------------------- normalisation
case("batch_norm2d/train_3_steps", "BatchNorm2d", [3], input_shape=(4, 3, 3, 3), steps=3)
case("batch_norm2d/eval", "BatchNorm2d", [3], input_shape=(2, 3, 4, 4), train=False)
case("batch_norm2d/momentum_none", "BatchNorm2d", [2], {"momentum": None}, input_shape=(3, 2, 2, 3), steps=3)
case("batch_norm2d/momentum_eps", "BatchNorm2d", [2], {"momentum": 0.3, "eps": 1e-3}, input_shape=(3, 2, 2, 3),
     steps=2)
case("batch_norm2d/no_affine", "BatchNorm2d", [3], {"affine": False}, input_shape=(2, 3, 3, 3), steps=2)
case("batch_norm2d/no_tracking", "BatchNorm2d", [3], {"track_running_stats": False}, input_shape=(2, 3, 3, 3))
case("batch_norm2d/no_tracking_eval", "BatchNorm2d", [3], {"track_running_stats": False}, input_shape=(2, 3, 3, 3),
     train=False)
case("batch_norm2d/err_rank", "BatchNorm2d", [3], input_shape=(2, 3, 4))
case("batch_norm1d/train_2d", "BatchNorm1d", [4], input_shape=(5, 4), steps=2)
case("batch_norm1d/train_3d", "BatchNorm1d", [3], input_shape=(4, 3, 5), steps=2)
case("batch_norm1d/eval", "BatchNorm1d", [3], input_shape=(4, 3), train=False)
case("batch_norm1d/err_rank", "BatchNorm1d", [3], input_shape=(2, 3, 4, 4))
case("layer_norm/last", "LayerNorm", [5], input_shape=(3, 5))
case("layer_norm/two_dims", "LayerNorm", [(3, 4)], {"eps": 1e-3}, input_shape=(2, 3, 4))
case("layer_norm/no_affine", "LayerNorm", [4], {"elementwise_affine": False}, input_shape=(2, 3, 4))
case("group_norm/basic", "GroupNorm", [2, 4], input_shape=(2, 4, 3, 3))
case("group_norm/no_affine", "GroupNorm", [3, 6], {"affine": False, "eps": 1e-4}, input_shape=(2, 6, 5))
case("group_norm/err_divisible", "GroupNorm", [4, 6])

# ---------------------------------------------------------------- up-sampling
case("upsample/nearest", "Upsample", [], {"scale_factor": 2}, input_shape=(1, 2, 3, 4))
case("upsample/bilinear_align", "Upsample", [], {"scale_factor": 2, "mode": "bilinear", "align_corners": True},
     input_shape=(1, 2, 3, 4))
case("upsample/size", "Upsample", [], {"size": (5, 7), "mode": "bilinear"}, input_shape=(1, 1, 3, 4))
case("upsample/size_int", "Upsample", [], {"size": 6}, input_shape=(1, 1, 3, 4))

# ---------------------------------------------------------------- issue 21: 3-d modules
case("conv3d/basic", "Conv3d", [2, 3, 3], input_shape=(2, 2, 4, 5, 5))
case("conv3d/all", "Conv3d", [4, 6, (2, 3, 2)], {"stride": (2, 1, 1), "padding": (1, 0, 1), "dilation": (1, 2, 1),
                                                  "groups": 2, "bias": False}, input_shape=(1, 4, 5, 6, 5))
case("conv3d/same_replicate", "Conv3d", [2, 2, 3], {"padding": "same", "padding_mode": "replicate"},
     input_shape=(1, 2, 3, 4, 4))
case("conv3d/circular", "Conv3d", [1, 2, 3], {"padding": 1, "padding_mode": "circular"}, input_shape=(1, 1, 3, 4, 4))
case("conv3d/err_wrong_channels", "Conv3d", [3, 2, 2], input_shape=(1, 2, 4, 4, 4))
case("conv_transpose3d/all", "ConvTranspose3d", [4, 2, 3], {"stride": 2, "padding": 1, "output_padding": (1, 0, 1),
                                                            "groups": 2}, input_shape=(1, 4, 2, 3, 3))
case("conv_transpose3d/no_bias_dilation", "ConvTranspose3d", [2, 3, (2, 2, 3)], {"dilation": 2, "bias": False},
     input_shape=(2, 2, 2, 3, 2))
case("conv_transpose3d/err_padding_mode", "ConvTranspose3d", [2, 3, 3], {"padding_mode": "reflect"})
case("max_pool3d/k2", "MaxPool3d", [2], input_shape=(2, 2, 4, 4, 6))
case("max_pool3d/tuple_ceil_indices", "MaxPool3d", [(2, 3, 2)], {"stride": (1, 2, 2), "padding": (1, 1, 0),
                                                                  "ceil_mode": True, "return_indices": True},
     input_shape=(1, 2, 5, 6, 5))
case("avg_pool3d/k2", "AvgPool3d", [2], input_shape=(2, 2, 4, 4, 6))
case("avg_pool3d/all", "AvgPool3d", [3, 2, 1], {"ceil_mode": True, "count_include_pad": False},
     input_shape=(1, 2, 5, 6, 7))
case("avg_pool3d/divisor", "AvgPool3d", [(2, 3, 2)], {"divisor_override": 4}, input_shape=(1, 1, 4, 6, 4))
case("adaptive_avg_pool3d/cube", "AdaptiveAvgPool3d", [3], input_shape=(2, 2, 5, 6, 7))
case("adaptive_avg_pool3d/one", "AdaptiveAvgPool3d", [(1, 1, 1)], input_shape=(2, 3, 3, 4, 4))
case("adaptive_max_pool3d/rect", "AdaptiveMaxPool3d", [(2, 3, 2)], input_shape=(1, 2, 5, 7, 4))
case("batch_norm3d/train_2_steps", "BatchNorm3d", [3], input_shape=(2, 3, 2, 3, 3), steps=2)
case("batch_norm3d/eval", "BatchNorm3d", [2], {"momentum": 0.2}, input_shape=(2, 2, 2, 2, 3), train=False)
case("batch_norm3d/err_rank", "BatchNorm3d", [3], input_shape=(2, 3, 4, 4))
case("upsampling_nearest2d/scale", "UpsamplingNearest2d", [], {"scale_factor": 2}, input_shape=(1, 2, 3, 4))
case("upsampling_nearest2d/size", "UpsamplingNearest2d", [(5, 7)], input_shape=(1, 2, 3, 4))
case("upsampling_bilinear2d/scale", "UpsamplingBilinear2d", [], {"scale_factor": 2.5}, input_shape=(1, 2, 3, 4))
case("upsampling_bilinear2d/size", "UpsamplingBilinear2d", [6], input_shape=(2, 1, 3, 4))
case("upsample/trilinear", "Upsample", [], {"scale_factor": 2, "mode": "trilinear", "align_corners": False},
     input_shape=(1, 2, 2, 3, 2))
case("upsample/nearest_3d", "Upsample", [], {"size": (3, 4, 5)}, input_shape=(1, 2, 2, 3, 2))

with open(OUT, "w") as f:
    f.write('{"generator": "tools/golden/nn_conv_modules.py", "torch": %s, "cases": [\n' % json.dumps(torch.__version__))
    f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in _cases))
    f.write("\n]}\n")
print("wrote %d cases to %s" % (len(_cases), os.path.relpath(OUT, ROOT)))
