"""Fixtures for the torch.* facade names of issue 21: the ATen forms of nn functions (torch.layer_norm, torch.kl_div
with an int reduction, torch.embedding with weight first, ...), concat/fill, logspace, the window functions and the
trapezoidal rule; and a table of dtype facts (promote_types, can_cast, result_type, is_signed, element_size) in
torch_aliases_meta.json. Run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/torch_aliases.py
Op names are the jtorch names (Torch.x unless a Tensor method is meant: "tensor.x").
"""
import json
import os

import torch
from golden import ROOT, T, case, write

f32, f64, i64, i32, b8 = torch.float32, torch.float64, torch.int64, torch.int32, torch.bool
DT = {"float32": f32, "float64": f64, "int64": i64}


def with_dtype(fn):
    def call(*args, dtype=None):
        return fn(*args, dtype=DT[dtype]) if dtype else fn(*args)
    return call


# ---------------------------------------------------------------- ATen forms of nn functions
case("layerNorm/plain", "layerNorm", torch.layer_norm, [T(2, 3, 4, grad=True), [4]])
case("layerNorm/affine", "layerNorm", torch.layer_norm,
     [T(2, 3, 4, grad=True), [3, 4], T(3, 4, grad=True), T(3, 4, grad=True), 1e-3])
case("groupNorm/affine", "groupNorm", torch.group_norm,
     [T(2, 4, 3, grad=True), 2, T(4, grad=True), T(4, grad=True), 1e-5])
case("batchNorm/eval", "batchNorm", torch.batch_norm,
     [T(3, 2, 4, grad=True), T(2, grad=True), T(2, grad=True), T(2), T(2, kind="positive"), False, 0.1, 1e-5, False])
case("batchNorm/train", "batchNorm", torch.batch_norm,
     [T(3, 2, 4, grad=True), None, None, None, None, True, 0.1, 1e-5, False])
case("instanceNorm/stats", "instanceNorm", torch.instance_norm,
     [T(2, 3, 5, grad=True), T(3, grad=True), T(3, grad=True), None, None, True, 0.1, 1e-5, False])
case("embedding/weight_first", "embedding", torch.embedding, [T(5, 3, grad=True), T(2, 3, dtype=i64, kind="int", low=0, high=5)])
case("embedding/padding", "embedding", torch.embedding,
     [T(5, 3, grad=True), T(4, dtype=i64, values=[0, 2, 2, 4]), 2, True], gradcheck=False)
case("bilinear/bias", "bilinear", torch.bilinear, [T(3, 2, grad=True), T(3, 4, grad=True), T(5, 2, 4, grad=True), T(5, grad=True)])
case("prelu/channels", "prelu", torch.prelu, [T(2, 3, 4, grad=True), T(3, kind="positive", grad=True)])
case("pixelShuffle/r2", "pixelShuffle", torch.pixel_shuffle, [T(1, 8, 2, 3, grad=True), 2])
case("pixelUnshuffle/r2", "pixelUnshuffle", torch.pixel_unshuffle, [T(1, 2, 4, 6, grad=True), 2])
case("channelShuffle/g2", "channelShuffle", torch.channel_shuffle, [T(1, 4, 2, 2), 2])
case("cosineSimilarity/dim1", "cosineSimilarity", torch.cosine_similarity, [T(3, 4, grad=True), T(3, 4, grad=True)])
case("cosineSimilarity/dim0_eps", "cosineSimilarity", torch.cosine_similarity,
     [T(3, 4, grad=True), T(3, 4, grad=True), 0, 1e-3])
case("pairwiseDistance/p1_keepdim", "pairwiseDistance", torch.pairwise_distance,
     [T(3, 4, grad=True), T(3, 4, grad=True), 1.0, 1e-6, True])
for r in (0, 1, 2):
    case("klDiv/reduction%d" % r, "klDiv", torch.kl_div,
         [T(3, 4, grad=True), T(3, 4, kind="positive", grad=True), r])
case("klDiv/log_target", "klDiv", torch.kl_div, [T(3, 4, grad=True), T(3, 4, grad=True), 2], {"log_target": True})
case("binaryCrossEntropyWithLogits/weights", "binaryCrossEntropyWithLogits", torch.binary_cross_entropy_with_logits,
     [T(3, 4, grad=True), T(3, 4, kind="uniform", low=0, high=1), T(4, kind="positive"), T(4, kind="positive"), 0])
case("cosineEmbeddingLoss/margin", "cosineEmbeddingLoss", torch.cosine_embedding_loss,
     [T(3, 4, grad=True), T(3, 4, grad=True), T(3, values=[1., -1., 1.]), 0.2, 2])
case("hingeEmbeddingLoss/margin", "hingeEmbeddingLoss", torch.hinge_embedding_loss,
     [T(3, 4, grad=True), T(3, 4, values=[1., -1.] * 6), 0.5, 1])
case("marginRankingLoss/margin", "marginRankingLoss", torch.margin_ranking_loss,
     [T(5, grad=True), T(5, grad=True), T(5, values=[1., -1., 1., 1., -1.]), 0.1, 0])
case("tripletMarginLoss/swap", "tripletMarginLoss", torch.triplet_margin_loss,
     [T(3, 4, grad=True), T(3, 4, grad=True), T(3, 4, grad=True), 0.5, 1.5, 1e-6, True, 1])
case("poissonNllLoss/full", "poissonNllLoss", torch.poisson_nll_loss,
     [T(3, 4, grad=True), T(3, 4, kind="positive"), True, True, 1e-8, 2])
case("logSoftmax/dim1", "logSoftmax", torch.log_softmax, [T(3, 4, grad=True), 1])
case("tensor.logSoftmax/f64", "tensor.logSoftmax", lambda x, d: x.log_softmax(d), [T(3, 4, grad=True), 0])
case("constantPadNd/value", "constantPadNd", torch.constant_pad_nd, [T(2, 3, grad=True), [1, 2, 0, 1], 1.5])
case("constantPadNd/crop", "constantPadNd", torch.constant_pad_nd, [T(2, 3, grad=True), [-1, 0]])
case("concat/dim1", "concat", torch.concat, [[T(2, 3, grad=True), T(2, 1, grad=True)], 1])
case("concatenate/dim0", "concatenate", torch.concat, [[T(2, 3, grad=True), T(1, 3, dtype=f64, grad=True)], 0])
case("fill/f32", "fill", torch.fill, [T(2, 3, grad=True), 2.5])
case("fill/i64", "fill", torch.fill, [T(4, dtype=i64, kind="int"), 7])

# ---------------------------------------------------------------- logspace and windows
for name, args in [("default", [0.0, 2.0, 5]), ("base2", [-1.0, 3.0, 9, 2.0]), ("one", [1.5, 9.0, 1]),
                   ("zero", [0.0, 1.0, 0]), ("descending", [2.0, -2.0, 7, 3.0])]:
    case("logspace/" + name, "logspace", with_dtype(torch.logspace), args, grad=False)
case("logspace/f64", "logspace", with_dtype(torch.logspace), [0.1, 1.7, 33, 10.0], {"dtype": "float64"}, grad=False)
case("logspace/i64", "logspace", with_dtype(torch.logspace), [0.0, 3.0, 7, 10.0], {"dtype": "int64"}, grad=False)
case("logspace/negative_steps", "logspace", with_dtype(torch.logspace), [0.0, 1.0, -1], grad=False, check_message=True)
for w in ("bartlett_window", "blackman_window", "hann_window", "hamming_window", "kaiser_window"):
    fn = with_dtype(getattr(torch, w))
    for n in (0, 1, 2, 5, 8):
        for periodic in (True, False):
            case("%s/n%d_%s" % (w, n, "periodic" if periodic else "symmetric"), w, fn, [n, periodic], grad=False)
    case(w + "/f64", w, fn, [12, False], {"dtype": "float64"}, grad=False)
    case(w + "/negative", w, fn, [-1], grad=False, check_message=True)
    case(w + "/int", w, fn, [4], {"dtype": "int64"}, grad=False, check_message=True)
case("hamming_window/alpha_beta", "hamming_window", torch.hamming_window, [7, True, 0.6, 0.3], grad=False)
case("kaiser_window/beta", "kaiser_window", torch.kaiser_window, [9, False, 5.0], grad=False)
case("kaiser_window/beta0", "kaiser_window", torch.kaiser_window, [6, True, 0.0], grad=False)

# ---------------------------------------------------------------- trapezoid / trapz / cumulative_trapezoid
for op, fn in [("trapezoid", torch.trapezoid), ("trapz", torch.trapz), ("cumulativeTrapezoid", torch.cumulative_trapezoid)]:
    case(op + "/unit", op, fn, [T(3, 5, grad=True)])
    case(op + "/dx_dim0", op, fn, [T(4, 3, grad=True)], {"dx": 0.5, "dim": 0})
    case(op + "/x_1d", op, fn, [T(3, 5, grad=True), T(5, grad=True)])
    case(op + "/x_same_shape_dim0", op, fn, [T(4, 2, dtype=f64, grad=True), T(4, 2, dtype=f64, grad=True)], {"dim": 0})
    case(op + "/x_fewer_dims", op, fn, [T(2, 3, 4, grad=True), T(3, 4, grad=True)])
    case(op + "/int", op, fn, [T(5, dtype=i64, kind="int")])
    case(op + "/one_sample", op, fn, [T(3, 1, grad=True)])
    case(op + "/empty", op, fn, [T(3, 0)])
    case(op + "/bool", op, fn, [T(3, dtype=b8, kind="bool")], check_message=True)
    case(op + "/x_mismatch", op, fn, [T(3, 5), T(4)], check_message=True)
    case(op + "/special", op, fn, [T(4, values=[1.0, float("inf"), float("nan"), 2.0])])

# ---------------------------------------------------------------- gradient
case("gradient/unit", "gradient", torch.gradient, [T(3, 4, grad=True)])
case("gradient/spacing_dim", "gradient", torch.gradient, [T(3, 4, grad=True)], {"spacing": 2.0, "dim": 1})
case("gradient/spacing_per_dim", "gradient", torch.gradient, [T(3, 4, dtype=f64, grad=True)], {"spacing": [0.5, 2.0]})
case("gradient/edge_order2", "gradient", torch.gradient, [T(4, 5, grad=True)], {"edge_order": 2, "dim": [1, 0]})
case("gradient/int", "gradient", torch.gradient, [T(6, dtype=i64, kind="int")])
def gradient_at(x, c, edge_order=1):
    return torch.gradient(x, spacing=(c,), dim=0, edge_order=edge_order)


case("gradient/coordinates", "gradientAt", gradient_at, [T(5, 3, grad=True), T(5, values=[0.0, 0.5, 1.5, 1.75, 3.0])])
case("gradient/coordinates_edge2", "gradientAt", gradient_at,
     [T(5, 3, dtype=f64, grad=True), T(5, dtype=f64, values=[0.0, 0.5, 1.5, 1.75, 3.0])], {"edge_order": 2})
case("gradient/edge_order3", "gradient", torch.gradient, [T(4, 5)], {"edge_order": 3}, check_message=True)
case("gradient/too_short", "gradient", torch.gradient, [T(2, 5)], {"edge_order": 2}, check_message=True)
case("gradient/uint8", "gradient", torch.gradient, [T(4, dtype=torch.uint8, kind="int", low=0, high=9)],
     check_message=True)
case("gradient/spacing_length", "gradient", torch.gradient, [T(3, 4)], {"spacing": [1.0, 2.0, 3.0]},
     check_message=True)

# ---------------------------------------------------------------- samplers' zero gradients
# Degenerate parameters make the draws deterministic (std 0, p in {0, 1}, rate 0), so the output is comparable
# whatever the generator state; the gradients are PyTorch's zeros. No gradcheck: a perturbed parameter samples.
Z = [0.0] * 6
case("normal/tensor_tensor_grad", "normal", torch.normal, [T(2, 3, grad=True), T(2, 3, values=Z, grad=True)],
     gradcheck=False)
case("normal/tensor_float_grad", "normal", torch.normal, [T(2, 3, grad=True), 0.0], gradcheck=False)
case("normal/float_tensor_grad", "normal", torch.normal, [1.5, T(2, 3, values=Z, grad=True)], gradcheck=False)
case("bernoulli/tensor_grad", "bernoulli", torch.bernoulli, [T(2, 3, values=[0., 1., 1., 0., 0., 1.], grad=True)],
     gradcheck=False)
case("poisson/zero_rate_grad", "poisson", torch.poisson, [T(2, 3, values=Z, grad=True)], gradcheck=False)

# PyTorch records a tensor-by-Python-number mul/div as its Scalar overload (MulBackward1, DivBackward1); jtorch
# wraps the number as a 0-d tensor and records the Tensor overload's node, the same formula, throughout (not only
# here), so these composites' node names are not compared; values and gradients are.
import golden  # noqa: E402
for c in golden._cases:
    if c["op"] in ("trapezoid", "trapz", "cumulativeTrapezoid") and c.get("grad_fn", "").endswith("Backward1"):
        del c["grad_fn"]

write("torch_aliases")

# ---------------------------------------------------------------- dtype facts
dtypes = ["float64", "float32", "float16", "bfloat16", "int64", "int32", "int16", "int8", "uint8", "bool"]
td = {n: getattr(torch, n) for n in dtypes}
meta = {"promote_types": {}, "can_cast": {}, "is_signed": {}, "element_size": {}, "result_type": []}
for a in dtypes:
    meta["is_signed"][a] = torch.empty(0, dtype=td[a]).is_signed()
    meta["element_size"][a] = torch.empty(0, dtype=td[a]).element_size()
    for b in dtypes:
        meta["promote_types"][a + "," + b] = str(torch.promote_types(td[a], td[b])).replace("torch.", "")
        meta["can_cast"][a + "," + b] = torch.can_cast(td[a], td[b])
    for scalar in (2, 2.5, True):
        meta["result_type"].append({"dtype": a, "dim": 1, "scalar": scalar,
                                    "out": str(torch.result_type(torch.ones(2, dtype=td[a]), scalar)).replace("torch.", "")})
        meta["result_type"].append({"dtype": a, "dim": 0, "scalar": scalar,
                                    "out": str(torch.result_type(torch.tensor(1, dtype=td[a]), scalar)).replace("torch.", "")})
path = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "torch_aliases_meta.json")
with open(path, "w") as fh:
    json.dump({"generator": "tools/golden/torch_aliases.py", "torch": torch.__version__, **meta}, fh)
print("wrote", path)
