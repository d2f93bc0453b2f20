"""Fixtures for the nn.functional ops of the layers family: activations (leaky_relu, elu, gelu, silu,
softplus, hardtanh, prelu), linear, bilinear, dropout/dropout2d, embedding, one_hot, normalize,
cosine_similarity, pairwise_distance (jtorch.internal.ops.ActivationOps, LinearOps, DropoutOps, EmbeddingOps,
DistanceOps via jtorch.nn.functional.F).
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/nn_functional.py

Op names are F's Java method names; a trailing "_" is the in-place form (applied to a clone when the
input requires grad). Dropout cases carry the seed that both sides set right before the call, so the
masks come from the same generator state.
"""
import torch
import torch.nn.functional as F
from golden import T, case, write

f32, f64, bf16, i64, i32, b8 = torch.float32, torch.float64, torch.bfloat16, torch.int64, torch.int32, torch.bool
nan, inf = float("nan"), float("inf")
SPECIAL = [nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 3.0, -3.0, 19.5, 20.0, 20.5, -20.0, 100.0, -100.0,
           1e-7, -1e-7, 1e30, -1e30, 88.0, -88.0, -104.0, 7.7, -7.7, 0.25, -0.25, 2.0, -2.0, 10.0, -10.0, 40.0,
           -40.0, 0.1, -0.1, 1.5, -1.5]


def inplace(fn):
    def run(x, *rest, **kw):
        target = x.clone() if x.requires_grad else x
        return fn(target, *rest, **kw)
    return run


# ---------------------------------------------------------------- unary activations

ACT = {
    "leakyRelu": (lambda x, **kw: F.leaky_relu(x, **kw), [{}, {"negative_slope": 0.2}, {"negative_slope": -0.5}]),
    "elu": (lambda x, **kw: F.elu(x, **kw), [{}, {"alpha": 0.5}, {"alpha": 2.0}]),
    "gelu": (lambda x, **kw: F.gelu(x, **kw), [{}, {"approximate": "tanh"}]),
    "silu": (lambda x, **kw: F.silu(x, **kw), [{}]),
    "softplus": (lambda x, **kw: F.softplus(x, **kw), [{}, {"beta": 2.0, "threshold": 5.0}, {"beta": 0.5}]),
    "hardtanh": (lambda x, **kw: F.hardtanh(x, **kw), [{}, {"min_val": -0.5, "max_val": 2.0}]),
}
INPLACE = {"leakyRelu": lambda x, **kw: F.leaky_relu(x, inplace=True, **kw),
           "elu": lambda x, **kw: F.elu(x, inplace=True, **kw),
           "silu": lambda x, **kw: F.silu(x, inplace=True, **kw),
           "hardtanh": lambda x, **kw: F.hardtanh(x, inplace=True, **kw)}
KINKS = [-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 2.5, 5.0]

for op, (fn, variants) in ACT.items():
    for kw in variants:
        tag = "_".join("%s%s" % (k, v) for k, v in kw.items()) or "default"
        case("%s/%s_f32" % (op, tag), op, fn, [T(3, 5, grad=True)], kw)
        case("%s/%s_f64_long" % (op, tag), op, fn, [T(70, dtype=f64, grad=True, kind="uniform", low=-6, high=6)], kw)
        case("%s/%s_special" % (op, tag), op, fn, [T(len(SPECIAL), values=SPECIAL)], kw)
        case("%s/%s_kinks" % (op, tag), op, fn, [T(len(KINKS), values=KINKS, grad=True)], kw, gradcheck=False)
    case(op + "/0d", op, fn, [T(grad=True)])
    case(op + "/empty", op, fn, [T(0, 3, grad=True)])
    case(op + "/3d_f64", op, fn, [T(2, 3, 4, dtype=f64, grad=True)])
    case(op + "/bf16", op, fn, [T(2, 3, dtype=bf16)])
    case(op + "/i64", op, fn, [T(2, 3, dtype=i64, kind="int")], check_message=True)
    case(op + "/bool", op, fn, [T(3, dtype=b8, kind="bool")], check_message=True)
    if op in INPLACE:
        case(op + "_/f32", op + "_", inplace(INPLACE[op]), [T(3, 4, grad=True)], variants[min(1, len(variants) - 1)])
        case(op + "_/f32_nograd", op + "_", inplace(INPLACE[op]), [T(4, 9)], variants[min(1, len(variants) - 1)])
case("gelu/bad_approximate", "gelu", lambda x, **kw: F.gelu(x, **kw), [T(3)], {"approximate": "exact"},
     check_message=True)
case("hardtanh/i64_keeps_dtype", "hardtanh", lambda x, **kw: F.hardtanh(x, **kw),
     [T(6, dtype=i64, values=[-3, -1, 0, 1, 2, 5])], {"min_val": -1.5, "max_val": 2.7})
case("hardtanh/u8_negative_bound", "hardtanh", lambda x, **kw: F.hardtanh(x, **kw),
     [T(3, dtype=torch.uint8, values=[0, 1, 2])], check_message=True)
case("relu_/f32", "relu_", inplace(lambda x: F.relu(x, inplace=True)), [T(3, 4, grad=True)])

# ---------------------------------------------------------------- prelu

case("prelu/channels_3d", "prelu", F.prelu, [T(2, 3, 4, grad=True), T(3, grad=True, kind="uniform", low=0, high=1)])
case("prelu/channels_4d", "prelu", F.prelu, [T(2, 3, 2, 2, grad=True), T(3, grad=True)])
case("prelu/shared_2d", "prelu", F.prelu, [T(4, 5, grad=True), T(1, grad=True)])
case("prelu/shared_1d", "prelu", F.prelu, [T(6, grad=True), T(1, grad=True)])
case("prelu/shared_0d_input", "prelu", F.prelu, [T(grad=True), T(1, grad=True)])
case("prelu/0d_weight", "prelu", F.prelu, [T(2, 3, grad=True), T(grad=True)])
case("prelu/f64", "prelu", F.prelu, [T(3, 4, dtype=f64, grad=True), T(4, dtype=f64, grad=True)])
case("prelu/kinks", "prelu", F.prelu, [T(len(KINKS), values=KINKS, grad=True), T(1, values=[0.25], grad=True)],
     gradcheck=False)
case("prelu/empty", "prelu", F.prelu, [T(0, 3, grad=True), T(3, grad=True)])
case("prelu/channel_mismatch", "prelu", F.prelu, [T(3, 4), T(3)], check_message=True)
case("prelu/1d_input_channels", "prelu", F.prelu, [T(4), T(4)], check_message=True)
case("prelu/0d_input_channels", "prelu", F.prelu, [T(), T(2)], check_message=True)
case("prelu/2d_weight", "prelu", F.prelu, [T(3, 4), T(2, 2)], check_message=True)
case("prelu/dtype_mismatch", "prelu", F.prelu, [T(3, 4), T(4, dtype=f64)], check_message=True)
case("prelu/i64", "prelu", F.prelu, [T(3, dtype=i64, kind="int"), T(1, dtype=i64, values=[1])], check_message=True)

# ---------------------------------------------------------------- linear, bilinear

def linear(x, w, b=None):
    return F.linear(x, w, b)


case("linear/2d_bias", "linear", linear, [T(3, 4, grad=True), T(5, 4, grad=True), T(5, grad=True)])
case("linear/2d_nobias", "linear", linear, [T(3, 4, grad=True), T(5, 4, grad=True)])
case("linear/3d_bias", "linear", linear, [T(2, 3, 4, grad=True), T(5, 4, grad=True), T(5, grad=True)])
case("linear/3d_nobias", "linear", linear, [T(2, 3, 4, grad=True), T(5, 4, grad=True)])
case("linear/4d_bias", "linear", linear, [T(2, 2, 3, 4, grad=True), T(5, 4, grad=True), T(5, grad=True)])
case("linear/1d_bias", "linear", linear, [T(4, grad=True), T(5, 4, grad=True), T(5, grad=True)])
case("linear/1d_nobias", "linear", linear, [T(4, grad=True), T(5, 4, grad=True)])
case("linear/f64", "linear", linear, [T(6, 7, dtype=f64, grad=True), T(3, 7, dtype=f64, grad=True),
                                      T(3, dtype=f64, grad=True)])
case("linear/0d_bias", "linear", linear, [T(3, 4, grad=True), T(5, 4, grad=True), T(grad=True)])
case("linear/empty_batch", "linear", linear, [T(0, 4, grad=True), T(5, 4, grad=True), T(5, grad=True)])
case("linear/zero_in_features", "linear", linear, [T(3, 0, grad=True), T(5, 0, grad=True), T(5, grad=True)])
case("linear/big", "linear", linear, [T(17, 33, grad=True), T(19, 33, grad=True), T(19, grad=True)])
case("linear/shape_mismatch", "linear", linear, [T(3, 4), T(5, 3), T(5)], check_message=True)
case("linear/shape_mismatch_nobias", "linear", linear, [T(3, 4), T(5, 3)], check_message=True)
case("linear/3d_shape_mismatch", "linear", linear, [T(2, 3, 4), T(5, 3), T(5)], check_message=True)
case("linear/bias_mismatch", "linear", linear, [T(3, 4), T(5, 4), T(4)], check_message=True)
case("linear/0d_input", "linear", linear, [T(), T(5, 4)], check_message=True)
case("linear/dtype_mismatch", "linear", linear, [T(3, 4), T(5, 4, dtype=f64), T(5)], check_message=True)


def bilinear(x1, x2, w, b=None):
    return F.bilinear(x1, x2, w, b)


case("bilinear/2d_bias", "bilinear", bilinear, [T(3, 4, grad=True), T(3, 5, grad=True), T(2, 4, 5, grad=True),
                                                T(2, grad=True)])
case("bilinear/2d_nobias", "bilinear", bilinear, [T(3, 4, grad=True), T(3, 5, grad=True), T(2, 4, 5, grad=True)])
case("bilinear/3d", "bilinear", bilinear, [T(2, 3, 4, grad=True), T(2, 3, 2, grad=True), T(3, 4, 2, grad=True),
                                           T(3, grad=True)])
case("bilinear/1d", "bilinear", bilinear, [T(4, grad=True), T(4, grad=True), T(2, 4, 4, grad=True), T(2, grad=True)])
case("bilinear/f64", "bilinear", bilinear, [T(3, 2, dtype=f64, grad=True), T(3, 3, dtype=f64, grad=True),
                                            T(4, 2, 3, dtype=f64, grad=True), T(4, dtype=f64, grad=True)])
case("bilinear/empty_batch", "bilinear", bilinear, [T(0, 4, grad=True), T(0, 5, grad=True), T(2, 4, 5, grad=True),
                                                    T(2, grad=True)])
case("bilinear/dims", "bilinear", bilinear, [T(3, 4), T(3, 4, 1), T(2, 4, 4)], check_message=True)
case("bilinear/batch", "bilinear", bilinear, [T(3, 4), T(2, 4), T(2, 4, 4)], check_message=True)
case("bilinear/in1", "bilinear", bilinear, [T(3, 4), T(3, 4), T(2, 5, 4)], check_message=True)
case("bilinear/in2", "bilinear", bilinear, [T(3, 4), T(3, 4), T(2, 4, 5)], check_message=True)
case("bilinear/bias", "bilinear", bilinear, [T(3, 4), T(3, 4), T(2, 4, 4), T(3)], check_message=True)

# ---------------------------------------------------------------- dropout


def seeded(fn):
    def run(x, seed, *rest, **kw):
        torch.manual_seed(seed)
        return fn(x, *rest, **kw)
    return run


for p in [0.5, 0.2, 0.9]:
    case("dropout/train_p%s" % p, "dropout", seeded(F.dropout), [T(4, 5, grad=True), 7, p, True])
case("dropout/train_long_f32", "dropout", seeded(F.dropout), [T(257, grad=True), 3, 0.3, True])
case("dropout/train_f64", "dropout", seeded(F.dropout), [T(6, 7, dtype=f64, grad=True), 11, 0.4, True])
case("dropout/train_3d", "dropout", seeded(F.dropout), [T(2, 3, 4, grad=True), 5, 0.5, True])
case("dropout/eval", "dropout", seeded(F.dropout), [T(4, 5, grad=True), 7, 0.5, False])
case("dropout/p0", "dropout", seeded(F.dropout), [T(4, 5, grad=True), 7, 0.0, True])
case("dropout/p1", "dropout", seeded(F.dropout), [T(4, 5, grad=True), 7, 1.0, True])
case("dropout/0d", "dropout", seeded(F.dropout), [T(grad=True), 2, 0.5, True])
case("dropout/empty", "dropout", seeded(F.dropout), [T(0, 5, grad=True), 2, 0.5, True])
case("dropout/bad_p", "dropout", seeded(F.dropout), [T(3), 1, 1.5, True], check_message=True)
case("dropout/negative_p", "dropout", seeded(F.dropout), [T(3), 1, -0.1, True], check_message=True)
case("dropout/i64", "dropout", seeded(F.dropout), [T(3, dtype=i64, kind="int"), 1, 0.5, True], check_message=True)
case("dropout_/train", "dropout_", seeded(inplace(lambda x, p, t: F.dropout(x, p, t, inplace=True))),
     [T(4, 5, grad=True), 7, 0.5, True])
case("dropout_/train_nograd", "dropout_", seeded(inplace(lambda x, p, t: F.dropout(x, p, t, inplace=True))),
     [T(4, 5), 9, 0.25, True])
case("dropout_/eval", "dropout_", seeded(inplace(lambda x, p, t: F.dropout(x, p, t, inplace=True))),
     [T(4, 5), 9, 0.25, False])
case("dropout2d/train_4d", "dropout2d", seeded(F.dropout2d), [T(3, 4, 2, 3, grad=True), 13, 0.5, True])
case("dropout2d/train_3d", "dropout2d", seeded(F.dropout2d), [T(3, 4, 5, grad=True), 13, 0.3, True])
case("dropout2d/train_2d", "dropout2d", seeded(F.dropout2d), [T(6, 4, grad=True), 1, 0.5, True])
case("dropout2d/eval", "dropout2d", seeded(F.dropout2d), [T(2, 3, 2, 2, grad=True), 13, 0.5, False])
case("dropout2d/f64", "dropout2d", seeded(F.dropout2d), [T(2, 5, 2, 2, dtype=f64, grad=True), 4, 0.6, True])
case("dropout2d/1d_error", "dropout2d", seeded(F.dropout2d), [T(4), 1, 0.5, True], check_message=True)
case("dropout2d_/train", "dropout2d_", seeded(inplace(lambda x, p, t: F.dropout2d(x, p, t, inplace=True))),
     [T(3, 4, 2, 2, grad=True), 13, 0.5, True])

# ---------------------------------------------------------------- embedding, one_hot
# (padding_idx and scale_grad_by_freq make the gradient differ from the derivative on purpose: no gradcheck)

def embedding(idx, w, padding_idx=None, scale_grad_by_freq=False):
    return F.embedding(idx, w, padding_idx=padding_idx, scale_grad_by_freq=scale_grad_by_freq)


IDX = [[1, 2, 4, 5], [4, 3, 2, 9]]
case("embedding/2d", "embedding", embedding, [T(2, 4, dtype=i64, values=IDX), T(10, 3, grad=True)])
case("embedding/1d_repeats", "embedding", embedding, [T(6, dtype=i64, values=[0, 2, 0, 2, 2, 1]),
                                                      T(4, 5, grad=True)])
case("embedding/0d_index", "embedding", embedding, [T(dtype=i64, values=3), T(5, 2, grad=True)])
case("embedding/int32", "embedding", embedding, [T(2, 4, dtype=i32, values=IDX), T(10, 3, grad=True)])
case("embedding/f64", "embedding", embedding, [T(3, 2, dtype=i64, values=[[0, 1], [1, 1], [3, 0]]),
                                               T(4, 3, dtype=f64, grad=True)])
case("embedding/empty", "embedding", embedding, [T(0, dtype=i64, values=[]), T(4, 3, grad=True)])
case("embedding/padding_idx", "embedding", embedding,
     [T(2, 4, dtype=i64, values=[[0, 2, 0, 5], [4, 3, 2, 0]]), T(10, 3, grad=True)], {"padding_idx": 0},
     gradcheck=False)
case("embedding/negative_padding_idx", "embedding", embedding,
     [T(2, 4, dtype=i64, values=[[9, 2, 0, 5], [4, 9, 2, 0]]), T(10, 3, grad=True)], {"padding_idx": -1},
     gradcheck=False)
case("embedding/scale_grad_by_freq", "embedding", embedding,
     [T(7, dtype=i64, values=[1, 1, 1, 2, 3, 3, 0]), T(5, 2, grad=True)], {"scale_grad_by_freq": True},
     gradcheck=False)
case("embedding/scale_and_padding", "embedding", embedding,
     [T(7, dtype=i64, values=[1, 1, 1, 2, 3, 3, 0]), T(5, 2, grad=True)],
     {"scale_grad_by_freq": True, "padding_idx": 1}, gradcheck=False)
case("embedding/float_indices", "embedding", embedding, [T(3), T(5, 3)], check_message=True)
case("embedding/out_of_range", "embedding", embedding, [T(1, dtype=i64, values=[5]), T(5, 3)], check_message=True)
case("embedding/negative_index", "embedding", embedding, [T(1, dtype=i64, values=[-1]), T(5, 3)],
     check_message=True)
case("embedding/1d_weight", "embedding", embedding, [T(1, dtype=i64, values=[1]), T(5)], check_message=True)
case("embedding/padding_out_of_range", "embedding", embedding, [T(1, dtype=i64, values=[1]), T(5, 3)],
     {"padding_idx": 5}, check_message=True)

case("oneHot/infer", "oneHot", F.one_hot, [T(5, dtype=i64, values=[0, 3, 1, 3, 2])])
case("oneHot/num_classes", "oneHot", F.one_hot, [T(2, 3, dtype=i64, values=[[0, 1, 2], [2, 1, 0]]), 5])
case("oneHot/0d", "oneHot", F.one_hot, [T(dtype=i64, values=2)])
case("oneHot/empty_with_classes", "oneHot", F.one_hot, [T(0, dtype=i64, values=[]), 3])
case("oneHot/empty_infer", "oneHot", F.one_hot, [T(0, dtype=i64, values=[])], check_message=True)
case("oneHot/float", "oneHot", F.one_hot, [T(3)], check_message=True)
case("oneHot/int32", "oneHot", F.one_hot, [T(2, dtype=i32, values=[1, 2])], check_message=True)
case("oneHot/negative", "oneHot", F.one_hot, [T(2, dtype=i64, values=[-1, 2])], check_message=True)
case("oneHot/too_small", "oneHot", F.one_hot, [T(2, dtype=i64, values=[1, 2]), 2], check_message=True)

# ---------------------------------------------------------------- normalize, cosine_similarity, pairwise_distance

def normalize(x, **kw):
    return F.normalize(x, **kw)


case("normalize/default", "normalize", normalize, [T(3, 4, grad=True)])
case("normalize/p1_dim0", "normalize", normalize, [T(3, 4, grad=True)], {"p": 1.0, "dim": 0})
case("normalize/p3_dim-1", "normalize", normalize, [T(2, 3, 4, grad=True)], {"p": 3.0, "dim": -1})
case("normalize/1d_dim0", "normalize", normalize, [T(5, grad=True)], {"p": 2.0, "dim": 0})
case("normalize/zero_row_eps", "normalize", normalize, [T(2, 3, values=[[0., 0., 0.], [1., 2., 2.]], grad=True)],
     gradcheck=False)
case("normalize/eps", "normalize", normalize, [T(3, 4, grad=True)], {"p": 2.0, "dim": 1, "eps": 10.0})
case("normalize/f64", "normalize", normalize, [T(4, 6, dtype=f64, grad=True)])
case("normalize/i64", "normalize", normalize, [T(3, 4, dtype=i64, kind="int")], check_message=True)
case("normalize/1d_default_dim", "normalize", normalize, [T(4)], check_message=True)


def cosine(x1, x2, **kw):
    return F.cosine_similarity(x1, x2, **kw)


case("cosineSimilarity/default", "cosineSimilarity", cosine, [T(3, 4, grad=True), T(3, 4, grad=True)])
case("cosineSimilarity/broadcast", "cosineSimilarity", cosine, [T(3, 4, grad=True), T(4, grad=True)])
case("cosineSimilarity/dim0", "cosineSimilarity", cosine, [T(3, 4, grad=True), T(3, 4, grad=True)], {"dim": 0})
case("cosineSimilarity/1d", "cosineSimilarity", cosine, [T(5, grad=True), T(5, grad=True)], {"dim": 0})
case("cosineSimilarity/3d_dim-1", "cosineSimilarity", cosine, [T(2, 3, 4, grad=True), T(2, 1, 4, grad=True)],
     {"dim": -1})
case("cosineSimilarity/zero_vector", "cosineSimilarity", cosine,
     [T(2, 3, values=[[0., 0., 0.], [1., 2., 2.]], grad=True), T(2, 3, grad=True)], gradcheck=False)
# eps above the norms: PyTorch's gradient divides by the clamped norm, which is not the derivative
case("cosineSimilarity/eps", "cosineSimilarity", cosine, [T(3, 4, grad=True), T(3, 4, grad=True)],
     {"dim": 1, "eps": 3.0}, gradcheck=False)
case("cosineSimilarity/f64", "cosineSimilarity", cosine, [T(4, 5, dtype=f64, grad=True), T(4, 5, dtype=f64, grad=True)])
case("cosineSimilarity/int_and_float", "cosineSimilarity", cosine, [T(2, 3, dtype=i64, kind="int"), T(2, 3)])
case("cosineSimilarity/mismatch", "cosineSimilarity", cosine, [T(3, 4), T(5)], check_message=True)
case("cosineSimilarity/int", "cosineSimilarity", cosine, [T(2, 3, dtype=i64, kind="int"),
                                                          T(2, 3, dtype=i64, kind="int")], check_message=True)


def pdist(x1, x2, **kw):
    return F.pairwise_distance(x1, x2, **kw)


case("pairwiseDistance/default", "pairwiseDistance", pdist, [T(3, 4, grad=True), T(3, 4, grad=True)])
case("pairwiseDistance/broadcast", "pairwiseDistance", pdist, [T(3, 4, grad=True), T(4, grad=True)])
case("pairwiseDistance/1d", "pairwiseDistance", pdist, [T(5, grad=True), T(5, grad=True)])
case("pairwiseDistance/p1", "pairwiseDistance", pdist, [T(3, 4, grad=True), T(3, 4, grad=True)],
     {"p": 1.0, "eps": 1e-6, "keepdim": False})
case("pairwiseDistance/p3_keepdim", "pairwiseDistance", pdist, [T(2, 3, 4, grad=True), T(2, 3, 4, grad=True)],
     {"p": 3.0, "eps": 1e-6, "keepdim": True})
case("pairwiseDistance/eps", "pairwiseDistance", pdist, [T(3, 4, grad=True), T(3, 4, grad=True)],
     {"p": 2.0, "eps": 0.5, "keepdim": False})
case("pairwiseDistance/f64", "pairwiseDistance", pdist, [T(4, 5, dtype=f64, grad=True), T(4, 5, dtype=f64, grad=True)])
case("pairwiseDistance/mismatch", "pairwiseDistance", pdist, [T(3, 4), T(5)], check_message=True)
write("nn_functional")
