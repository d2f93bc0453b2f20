"""Module-level fixtures for the torch.nn layers issue 21 adds (activations, instance and local response norm,
shuffles, padding, distances, Unfold/Fold), in nn_modules.py's format (see module_fixtures.py): repr, parameter
count, state dict and forward passes with gradients, in train and eval mode. Writes
jtorch-core/src/test/resources/fixtures/nn/nn_layers.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_layers.py
"""
import json
import os
import warnings

import torch

from module_fixtures import layer, layers, rand

warnings.simplefilter("ignore")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "nn", "nn_layers.json")
f64 = torch.float64

# ---------------------------------------------------------------- activations
layer("relu6", "ReLU6", forwards=[dict(inputs=[rand(3, 4) * 5])])
layer("relu6_inplace", "ReLU6", (True,), forwards=[dict(inputs=[rand(3, 4) * 5], clone_input=True)])
layer("selu", "SELU", forwards=[dict(inputs=[rand(3, 4)])])
layer("selu_inplace", "SELU", (True,), forwards=[dict(inputs=[rand(3, 4)], clone_input=True)])
layer("celu", "CELU", forwards=[dict(inputs=[rand(3, 4)])])
layer("celu_0.5_inplace", "CELU", (0.5, True), forwards=[dict(inputs=[rand(3, 4)], clone_input=True)])
layer("glu", "GLU", forwards=[dict(inputs=[rand(3, 4)])])
layer("glu_dim0", "GLU", (0,), forwards=[dict(inputs=[rand(4, 3)])])
layer("hardsigmoid", "Hardsigmoid", forwards=[dict(inputs=[rand(3, 4) * 4])])
layer("hardsigmoid_inplace", "Hardsigmoid", (True,), forwards=[dict(inputs=[rand(3, 4) * 4], clone_input=True)])
layer("hardswish", "Hardswish", forwards=[dict(inputs=[rand(3, 4) * 4])])
layer("hardshrink", "Hardshrink", forwards=[dict(inputs=[rand(3, 4)])])
layer("hardshrink_1", "Hardshrink", (1,), forwards=[dict(inputs=[rand(3, 4)])])
layer("softshrink", "Softshrink", forwards=[dict(inputs=[rand(3, 4)])])
layer("softshrink_0.2", "Softshrink", (0.2,), forwards=[dict(inputs=[rand(3, 4)])])
layer("tanhshrink", "Tanhshrink", forwards=[dict(inputs=[rand(3, 4)])])
layer("logsigmoid", "LogSigmoid", forwards=[dict(inputs=[rand(3, 4) * 10])])
layer("mish", "Mish", forwards=[dict(inputs=[rand(3, 4)])])
layer("mish_inplace", "Mish", (True,), forwards=[dict(inputs=[rand(3, 4)], clone_input=True)])
layer("softsign", "Softsign", forwards=[dict(inputs=[rand(3, 4)])])
layer("softmin_dim1", "Softmin", (), {"dim": 1}, forwards=[dict(inputs=[rand(3, 4)])])
layer("softmin_legacy_dim", "Softmin", forwards=[dict(inputs=[rand(2, 3, 4)]), dict(inputs=[rand(3, 4)])])
layer("softmax2d", "Softmax2d", forwards=[dict(inputs=[rand(2, 3, 2, 2)]), dict(inputs=[rand(3, 2, 2)])])
layer("threshold", "Threshold", (0.1, 20), forwards=[dict(inputs=[rand(3, 4)])])
layer("threshold_inplace", "Threshold", (-0.5, -2.0, True), forwards=[dict(inputs=[rand(3, 4)], clone_input=True)])
layer("rrelu", "RReLU", forwards=[dict(inputs=[rand(4, 5)], seed=3), dict(inputs=[rand(4, 5)], train=False)])
layer("rrelu_0.1_0.3_inplace", "RReLU", (0.1, 0.3, True),
      forwards=[dict(inputs=[rand(3, 6)], seed=4, clone_input=True),
                dict(inputs=[rand(3, 6)], train=False, clone_input=True)])

# ---------------------------------------------------------------- normalisation
layer("instance_norm1d", "InstanceNorm1d", (3,), forwards=[dict(inputs=[rand(2, 3, 5)]), dict(inputs=[rand(3, 5)])])
layer("instance_norm2d_affine_track", "InstanceNorm2d", (3,), {"affine": True, "track_running_stats": True},
      forwards=[dict(inputs=[rand(2, 3, 4, 4)]), dict(inputs=[rand(2, 3, 4, 4)]),
                dict(inputs=[rand(2, 3, 4, 4)], train=False)], state_after=True)
layer("instance_norm3d_eps_momentum", "InstanceNorm3d", (2,), {"eps": 1e-3, "momentum": 0.3,
                                                              "track_running_stats": True},
      forwards=[dict(inputs=[rand(2, 2, 2, 3, 2)]), dict(inputs=[rand(2, 2, 3, 2)], train=False)], state_after=True)
layer("instance_norm1d_mismatch_not_affine", "InstanceNorm1d", (4,), forwards=[dict(inputs=[rand(2, 3, 5)])])
layer("local_response_norm", "LocalResponseNorm", (2,), forwards=[dict(inputs=[rand(2, 5, 3)])])
layer("local_response_norm_4d", "LocalResponseNorm", (3, 0.01, 0.5, 2.0), forwards=[dict(inputs=[rand(2, 6, 3, 2)])])

# ---------------------------------------------------------------- shuffles, padding, distances, sliding blocks
layer("pixel_shuffle", "PixelShuffle", (2,), forwards=[dict(inputs=[rand(2, 8, 2, 3)])])
layer("pixel_unshuffle", "PixelUnshuffle", (2,), forwards=[dict(inputs=[rand(2, 2, 4, 6)])])
layer("channel_shuffle", "ChannelShuffle", (2,), forwards=[dict(inputs=[rand(2, 4, 3)], grad=False)])
layer("reflection_pad1d", "ReflectionPad1d", (2,), forwards=[dict(inputs=[rand(2, 3, 4)])])
layer("reflection_pad1d_tuple", "ReflectionPad1d", ((1, 3),), forwards=[dict(inputs=[rand(3, 5)])])
layer("reflection_pad2d", "ReflectionPad2d", ((1, 2, 0, 1),), forwards=[dict(inputs=[rand(1, 2, 3, 4)])])
layer("reflection_pad3d", "ReflectionPad3d", (1,), forwards=[dict(inputs=[rand(1, 1, 2, 3, 3)])])
layer("replication_pad1d", "ReplicationPad1d", ((3, 1),), forwards=[dict(inputs=[rand(2, 3, 4)])])
layer("replication_pad2d", "ReplicationPad2d", (2,), forwards=[dict(inputs=[rand(2, 3, 3)])])
layer("replication_pad3d", "ReplicationPad3d", ((1, 0, 0, 2, 1, 1),), forwards=[dict(inputs=[rand(1, 2, 2, 2, 3)])])
layer("zero_pad2d", "ZeroPad2d", (1,), forwards=[dict(inputs=[rand(1, 2, 3, 3)])])
layer("zero_pad2d_crop", "ZeroPad2d", ((1, -1, 2, 0),), forwards=[dict(inputs=[rand(1, 3, 4)])])
layer("constant_pad1d", "ConstantPad1d", (2, 3.5), forwards=[dict(inputs=[rand(2, 3)])])
layer("constant_pad2d", "ConstantPad2d", ((1, 0, 2, 0), 1), forwards=[dict(inputs=[rand(2, 2, 3)])])
layer("constant_pad3d", "ConstantPad3d", (1, 0.0), forwards=[dict(inputs=[rand(1, 1, 2, 2, 2)])])
layer("cosine_similarity", "CosineSimilarity", forwards=[dict(inputs=[rand(3, 4), rand(3, 4)])])
layer("cosine_similarity_dim0", "CosineSimilarity", (0, 1e-3), forwards=[dict(inputs=[rand(3, 4), rand(1, 4)])])
layer("pairwise_distance", "PairwiseDistance", forwards=[dict(inputs=[rand(3, 4), rand(3, 4)])])
layer("pairwise_distance_p1_keepdim", "PairwiseDistance", (1.0, 1e-3, True),
      forwards=[dict(inputs=[rand(3, 4), rand(3, 4)])])
layer("unfold", "Unfold", (2,), forwards=[dict(inputs=[rand(2, 3, 4, 5)])])
layer("unfold_all_args", "Unfold", ((2, 3),), {"dilation": 2, "padding": 1, "stride": (1, 2)},
      forwards=[dict(inputs=[rand(1, 2, 5, 6)])])
layer("fold", "Fold", ((4, 5), 2), forwards=[dict(inputs=[rand(2, 12, 12)])])
layer("fold_all_args", "Fold", (3, (2, 2)), {"padding": 1, "stride": 2}, forwards=[dict(inputs=[rand(1, 8, 4)])])
layer("dropout1d", "Dropout1d", (0.3,), forwards=[dict(inputs=[rand(2, 4, 5)], seed=5),
                                               dict(inputs=[rand(4, 5)], seed=6), dict(inputs=[rand(2, 4, 5)], train=False)])
layer("dropout3d_inplace", "Dropout3d", (0.2, True), forwards=[dict(inputs=[rand(2, 3, 2, 2, 2)], seed=7,
                                                                    clone_input=True)])
layer("lp_pool1d", "LPPool1d", (2, 3), forwards=[dict(inputs=[rand(2, 3, 7)])])
layer("lp_pool1d_stride", "LPPool1d", (1.5, 2, 1), forwards=[dict(inputs=[rand(2, 3, 7).abs()])])
layer("lp_pool2d", "LPPool2d", (2, 3), forwards=[dict(inputs=[rand(1, 2, 6, 6)])])
layer("lp_pool2d_rect", "LPPool2d", (3.0, (2, 3), (1, 2), True), forwards=[dict(inputs=[rand(1, 2, 5, 7).abs()])])
layer("adaptive_avg_pool1d", "AdaptiveAvgPool1d", (3,), forwards=[dict(inputs=[rand(2, 3, 7)])])
layer("adaptive_max_pool1d", "AdaptiveMaxPool1d", (2,), forwards=[dict(inputs=[rand(2, 3, 7)]), dict(inputs=[rand(3, 5)])])

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"generator": "tools/golden/nn_layers.py", "torch": torch.__version__, "layers": layers}, f,
              separators=(",", ":"))
print("wrote %d layers to %s" % (len(layers), os.path.relpath(OUT, ROOT)))
