"""Fixtures for indexing (jtorch.internal.ops.IndexingOps, jtorch.internal.ops.GatherScatterOps): x[...] get and set,
index_put(_), index_select, masked_select, masked_fill(_), take, gather, scatter(_), scatter_add(_).
Writes jtorch-core/src/test/resources/fixtures/ops/indexing.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/indexing.py

Subscripts are written as strings ("T" stands for the next tensor of the tensor-list argument), so
the Java side can pass them to x.get(spec) / x.set(spec, v) or build the same index objects.
"""
import warnings

import torch
from golden import T, case, write

warnings.simplefilter("ignore")  # uint8 masks are deprecated but still work in 1.13
f32, f64, i64, i32, b8, u8 = torch.float32, torch.float64, torch.int64, torch.int32, torch.bool, torch.uint8


def L(values, dtype=i64):
    """An explicit tensor (index tensors, masks)."""
    return T(*torch.tensor(values).shape, dtype=dtype, values=values)


def M(values):
    return L(values, dtype=b8)


def parse(spec, tensors=()):
    it = iter(tensors)
    out = []
    if spec.strip() == "":
        return ()
    for part in spec.split(","):
        p = part.strip()
        if p == "T":
            out.append(next(it))
        elif p == "...":
            out.append(Ellipsis)
        elif p == "None":
            out.append(None)
        elif p in ("True", "False"):
            out.append(p == "True")
        elif ":" in p:
            out.append(slice(*[int(v) if v.strip() else None for v in p.split(":")]))
        else:
            out.append(int(p))
    # a single index is passed bare, as x[i] is (PyTorch's setitem treats x[False] and x[(False,)] differently)
    return out[0] if len(out) == 1 else tuple(out)


def index(x, spec, tensors=()):
    return x[parse(spec, tensors)]


def setitem(x, spec, *rest):
    tensors, value = (rest[0], rest[1]) if len(rest) == 2 else ((), rest[0])
    y = x.clone()
    y[parse(spec, tensors)] = value
    return y


def index_shape(shape, spec):
    """The result's shape as an int64 vector (the seed notes print shapes of a 4x3x28x28 batch)."""
    return torch.tensor(list(torch.zeros(shape)[parse(spec)].shape), dtype=i64)


# ---------------------------------------------------------------- seed notes: a = torch.rand(4, 3, 28, 28)
for spec in ["0", "0, 0", "0, 0, 2, 4", ":2", ":2, :1, :, :", ":2, 1:, :, :", ":2, -1:, :, :",
             ":, :, 0:28:2, 0:28:2", "...", "0, ...", ":, 1, ...", "..., :2", ":, :, ::2, ::2"]:
    case("seed_shape/[%s]" % spec, "index_shape", index_shape, [[4, 3, 28, 28], spec])
for spec in ["0", "0, 0", "0, 0, 2, 4", ":2", ":2, :1, :, :", ":2, 1:, :, :", ":2, -1:, :, :",
             ":, :, 0:6:2, 0:6:2", "...", "0, ...", ":, 1, ...", "..., :2"]:
    case("seed/[%s]" % spec, "index", index, [T(4, 3, 6, 6, kind="uniform", low=0, high=1, grad=True), spec])
case("seed/index_select_0", "index_select", torch.index_select, [T(4, 3, 6, 6, grad=True), 0, L([0, 2])])
case("seed/index_select_1", "index_select", torch.index_select, [T(4, 3, 6, 6, grad=True), 1, L([1, 2])])
case("seed/ge_masked_select", "masked_select_ge", lambda x: x.masked_select(x.ge(0.5)),
     [T(3, 4, kind="uniform", low=0, high=1, grad=True)])
case("seed/take", "take", torch.take, [L([[4, 3, 5], [6, 7, 8]]), L([0, 2, 5])])
_prob = torch.randn(4, 10, generator=torch.Generator().manual_seed(7))
case("seed/gather_label", "gather_expand", lambda label, idx: torch.gather(label.expand(4, 10), 1, idx),
     [L(list(range(100, 110))), L(_prob.topk(3, dim=1)[1].tolist())])

# ---------------------------------------------------------------- basic subscripts (views)
for spec in ["1", "-1", "1, 2", "1, 2, 3", "-1, -1, -1", ":2", "1:", "-2:", ":-1", "::2", "1::2", "-3:-1", "10:",
             "-10:2", "0:0", "2:1", ":, 1", ":, -1, ::2", "..., 1", "1, ...", "..., None", "None, 0", "None, ..., None",
             ":, None, 1", "...", "", "1, :, 2:4", "True", "False", "0, True", "False, 0", "..., True", "0, 1:3, None"]:
    case("basic/[%s]" % spec, "index", index, [T(3, 4, 5, grad=True), spec])
for spec in ["...", "None", "True", "False", "..., None", "None, None"]:
    case("basic_0d/[%s]" % spec, "index", index, [T(grad=True), spec])
case("basic/int64", "index", index, [T(3, 4, dtype=i64, kind="int"), "1, ::2"])
case("basic/int32", "index", index, [T(3, 4, dtype=i32, kind="int"), ":, -1"])
case("basic/bool", "index", index, [T(3, 4, dtype=b8, kind="bool"), "-1"])
case("basic/float64", "index", index, [T(2, 3, dtype=f64, grad=True), "1, ::2"])
for spec in ["3", "-4", ":, 7", "0, 0, 0, 0", "::-1", "::0", "1, 9", "None, 7", "..., 9"]:
    case("basic_error/[%s]" % spec, "index", index, [T(3, 4, 5), spec], check_message=True)
case("basic_error/0d_index", "index", index, [T(), "0"], check_message=True)
case("basic_error/0d_too_many", "index", index, [T(), "1"], check_message=True)

# ---------------------------------------------------------------- advanced subscripts (copies)
X = lambda: T(3, 4, 5, grad=True)
for name, spec, ts in [
    ("1d", "T", [L([2, 0])]),
    ("2d", "T", [L([[0, 2], [1, 1]])]),
    ("negative", "T", [L([-1, -3, 0])]),
    ("duplicates", "T", [L([1, 1, 2, 1])]),
    ("dim1", ":, T", [L([3, 0, 3])]),
    ("ellipsis_last", "..., T", [L([4, 0])]),
    ("separated", "T, :, T", [L([0, 2]), L([1, 4])]),
    ("adjacent", "T, T", [L([0, 2]), L([1, 3])]),
    ("adjacent_later", ":, T, T", [L([0, 2]), L([1, 3])]),
    ("separated_by_slice", "T, 1:, T", [L([0, 2]), L([1, 4])]),
    ("int_then_tensor", "1, :, T", [L([1, 0])]),
    ("tensor_int_tensor", "T, 1, T", [L([1, 0]), L([4, 2])]),
    ("none_between", "T, None, T", [L([1, 0]), L([2, 2])]),
    ("none_first", "None, T", [L([1, 0])]),
    ("none_separated", "None, T, None, T", [L([1, 0]), L([2, 2])]),
    ("broadcast", "T, T", [L([[0], [2]]), L([1, 2, 3])]),
    ("broadcast_separated", "T, :, T", [L([[0], [2]]), L([1, 2, 3])]),
    ("all_three", "T, T, T", [L([0, 2]), L([1, 3]), L([4, 0])]),
    ("empty", "T", [L([], dtype=i64)]),
    ("empty_dim1", ":, T", [L([], dtype=i64)]),
    ("mask1d", "T", [M([True, False, True])]),
    ("mask2d", "T", [M([[True, False, True, False], [False, False, True, True], [True, True, False, False]])]),
    ("mask3d", "T", [T(3, 4, 5, dtype=b8, kind="bool")]),
    ("mask_then_slice", "T, 1:", [M([True, False, True])]),
    ("mask_dim1", ":, T", [M([False, True, True, False])]),
    ("mask_and_index", "T, T", [M([True, False, True]), L([0, 3])]),
    ("mask_all_false", "T", [M([False, False, False])]),
    ("mask_uint8", "T", [L([1, 0, 1], dtype=u8)]),
    ("scalar_long", "T", [L(2)]),
    ("scalar_long_neg", ":, T", [L(-1)]),
    ("scalar_bool_true", "T", [L(True, dtype=b8)]),
    ("scalar_bool_false", "T, 0", [L(False, dtype=b8)]),
    ("bool_with_tensor", "True, T", [L([0, 2])]),
]:
    case("adv/" + name, "index", index, [X(), spec, ts])
case("adv/int64_self", "index", index, [T(4, 3, dtype=i64, kind="int"), "T, T", [L([3, 0]), L([2, 2])]])
case("adv/bool_self", "index", index, [T(4, 3, dtype=b8, kind="bool"), ":, T", [L([2, 0])]])
case("adv/0d_self_true", "index", index, [T(grad=True), "T", [L(True, dtype=b8)]])
case("adv/float64", "index", index, [T(3, 4, dtype=f64, grad=True), "T", [M([True, True, False])]])
for name, spec, ts in [
    ("out_of_range", "T", [L([0, 3])]),
    ("out_of_range_dim1", ":, T", [L([5])]),
    ("out_of_range_second", "T, :, T", [L([0]), L([5])]),
    ("out_of_range_negative", "T, T, T", [L([0]), L([1]), L([-6])]),
    ("int32", "T", [L([0, 1], dtype=i32)]),
    ("float", "T", [L([0.0, 1.0], dtype=f32)]),
    ("mask_shape", "T", [M([True, False])]),
    ("mask_shape_2d", "T", [M([[True, False, True, True]])]),
    ("broadcast", "T, T", [L([0, 1]), L([0, 1, 2])]),
    ("mask2d_then_int", "T, 0", [T(3, 4, dtype=b8, kind="bool")]),
    ("mask2d_then_slice", "T, 1:", [T(3, 4, dtype=b8, kind="bool")]),
    ("false_with_tensor", "False, T", [L([0, 1])]),
]:
    case("adv_error/" + name, "index", index, [T(3, 4, 5), spec, ts], check_message=True)

# ---------------------------------------------------------------- x[...] = v
for name, spec, value in [
    ("int_row", "0", T(5, grad=True)),
    ("int_broadcast", "1", T(1, grad=True)),
    ("leading_ones", "0, 0", T(1, 1, 5, grad=True)),
    ("slice_col", ":, 1", T(3, 1, grad=True)),
    ("steps", "1:, ::2", T(2, 1, 5, grad=True)),
    ("ellipsis", "..., 0", T(4, grad=True)),
    ("all", "...", T(4, 5, grad=True)),
    ("none", "None", T(3, 4, 5, grad=True)),
    ("true", "True", T(5, grad=True)),
    ("false", "False", T(7, grad=True)),
    ("float64_value", "0, 1", T(5, dtype=f64, grad=True)),
    ("number", ":, 2", 2.5),
    ("number_0d_region", "1, 2, 3", -4.0),
]:
    case("set/" + name, "setitem", setitem, [T(3, 4, 5, grad=True), spec, value])
for name, spec, ts, value in [
    ("tensor", "T", [L([2, 0])], T(2, 4, 5, grad=True)),
    ("tensor_broadcast", "T", [L([2, 0])], T(5, grad=True)),
    ("tensor_dim1", ":, T", [L([3, 1])], T(3, 2, 1, grad=True)),
    ("separated", "T, :, T", [L([0, 2]), L([1, 4])], T(2, 4, grad=True)),
    ("adjacent_int", "1, T, T", [L([0, 2]), L([1, 4])], T(2, grad=True)),
    ("mask_number", "T", [M([True, False, True])], 5.0),
    ("mask_one_elem", "T", [M([True, False, True])], T(1, grad=True)),
    ("mask_one_elem_f64", "T", [M([True, False, True])], T(1, dtype=f64)),
    ("mask_rows", "T", [M([True, False, True])], T(2, 4, 5, grad=True)),
    ("mask_then_int", "T, 1", [M([True, False, True])], T(2, 5, grad=True)),
    ("mask2d", "T", [M([[True, False, True, False], [False, False, False, True], [True, True, False, False]])],
     T(5, grad=True)),
    ("number", "T, T", [L([0, 2]), L([1, 3])], 7.0),
    ("empty", "T", [L([], dtype=i64)], T(5, grad=True)),
]:
    case("set_adv/" + name, "setitem", setitem, [T(3, 4, 5, grad=True), spec, ts, value])
case("set/int64_cast", "setitem", setitem, [T(3, 4, dtype=i64, kind="int"), "0", 2.7])
case("set/int64_tensor_cast", "setitem", setitem, [T(3, 4, dtype=i64, kind="int"), "1", T(4, dtype=f32)])
case("set/bool", "setitem", setitem, [T(3, 4, dtype=b8, kind="bool"), ":, 0", 1.0])
case("set_adv/int64", "setitem", setitem, [T(3, 4, dtype=i64, kind="int"), "T", [L([1])], L([9, 8, 7, 6])])
for name, spec, ts, value in [
    ("dtype", "T", [L([0, 1])], T(1, 5, dtype=f64)),
    ("dtype_long", "T", [L([0, 1])], T(1, 1, 5, dtype=i64)),
    ("shape", "T", [L([0, 1])], T(3, 4, 5)),
    ("out_of_range", "T", [L([0, 3])], T(5)),
    ("mask_shape", "T", [M([True, False])], 1.0),
]:
    case("set_error/" + name, "setitem", setitem, [T(3, 4, 5), spec, ts, value], check_message=True)
case("set_error/expand", "setitem", setitem, [T(3, 4, 5), "0, 0", T(4)], check_message=True)
case("set_error/expand_rank", "setitem", setitem, [T(3, 4, 5), "0, 0", T(2, 5)], check_message=True)
case("set_error/false_tuple", "setitem", setitem, [T(3, 4, 5), "False, 0", T(2, 5)], check_message=True)
case("set_error/index", "setitem", setitem, [T(3, 4, 5), "3", 1.0], check_message=True)

# ---------------------------------------------------------------- index_put / index_put_
index_put = lambda x, ts, v, **kw: x.index_put(tuple(ts), v, **kw)
index_put_ = lambda x, ts, v, **kw: x.clone().index_put_(tuple(ts), v, **kw)
for op, fn in [("index_put", index_put), ("index_put_", index_put_)]:
    case(op + "/basic", op, fn, [T(5, 3, grad=True), [L([4, 0])], T(2, 3, grad=True)])
    case(op + "/accumulate", op, fn, [T(5, 3, grad=True), [L([1, 1, 4, 1])], T(4, 3, grad=True)],
         {"accumulate": True})
    case(op + "/two_indices", op, fn, [T(5, 3, grad=True), [L([0, 4]), L([2, 0])], T(2, grad=True)])
    case(op + "/two_accumulate", op, fn, [T(5, 3, grad=True), [L([0, 0]), L([2, 2])], T(grad=True)],
         {"accumulate": True})
    case(op + "/mask", op, fn, [T(5, 3, grad=True), [M([True, False, False, True, True])], T(3, grad=True)])
    case(op + "/mask_accumulate", op, fn, [T(5, 3, grad=True), [M([True, False, False, True, True])],
                                           T(3, 1, grad=True)], {"accumulate": True})
    case(op + "/mask_one_elem_f64", op, fn, [T(5, 3, grad=True), [M([True, False, False, True, True])],
                                             T(1, 1, dtype=f64)])
    case(op + "/broadcast", op, fn, [T(5, 3, grad=True), [L([[0], [3]]), L([0, 2])], T(2, grad=True)])
    case(op + "/int64", op, fn, [T(5, 3, dtype=i64, kind="int"), [L([0, 0])], L([1, 2, 3])],
         {"accumulate": True})
    case(op + "/empty", op, fn, [T(5, 3, grad=True), [L([], dtype=i64)], T(3, grad=True)])
for name, ts, v in [("too_many", [L([0]), L([0]), L([0])], T(1)), ("dtype", [L([0])], T(3, dtype=f64)),
                    ("shape", [L([0, 1])], T(3, 3)), ("out_of_range", [L([0]), L([3])], T(1)),
                    ("int32", [L([0], dtype=i32)], T(3))]:
    case("index_put_error/" + name, "index_put", index_put, [T(5, 3), ts, v], check_message=True)

# ---------------------------------------------------------------- index_select
for dim, idx in [(0, L([2, 0, 2])), (1, L([3, 1])), (-1, L([4, 0, 1, 1])), (2, L([], dtype=i64)), (1, L(2)),
                 (0, L([1, 0], dtype=i32))]:
    case("index_select/dim%d_%s" % (dim, idx.dtype), "index_select", torch.index_select, [T(3, 4, 5, grad=True), dim, idx])
case("index_select/int64", "index_select", torch.index_select, [T(3, 4, dtype=i64, kind="int"), 1, L([3, 3, 0])])
case("index_select/bool", "index_select", torch.index_select, [T(3, 4, dtype=b8, kind="bool"), 0, L([2])])
case("index_select/0d", "index_select", torch.index_select, [T(), 0, L([0])], grad=False)
case("index_select_error/empty_self", "index_select", torch.index_select, [T(3, 0), 1, L([0])], check_message=True)
case("index_select_error/3d_dim1", "index_select", torch.index_select, [T(2, 3, 4), 1, L([3])], check_message=True)
case("index_select_error/3d_dim2", "index_select", torch.index_select, [T(2, 3, 4), 2, L([4])], check_message=True)
case("index_select/float64", "index_select", torch.index_select, [T(4, 2, dtype=f64, grad=True), 0, L([3, 1])])
for name, dim, idx in [("2d_index", 0, L([[0, 1]])), ("float_index", 0, L([0.0], dtype=f32)),
                       ("out_of_range", 0, L([0, 3])), ("negative", 0, L([-1])), ("dim", 2, L([0])),
                       ("dim1_out_of_range", 1, L([4])), ("dim1_negative", 1, L([-1])),
                       ("0d_out_of_range", 0, L([1]))]:
    case("index_select_error/" + name, "index_select", torch.index_select,
         [T() if name.startswith("0d") else T(3, 4), dim, idx], check_message=True)

# ---------------------------------------------------------------- masked_select
for name, x, m in [("same", T(3, 4, grad=True), T(3, 4, dtype=b8, kind="bool")),
                   ("broadcast_row", T(3, 4, grad=True), M([True, False, False, True])),
                   ("broadcast_col", T(3, 4, grad=True), M([[True], [False], [True]])),
                   ("mask_bigger", T(3, 4, grad=True), T(2, 3, 4, dtype=b8, kind="bool")),
                   ("x_bigger_rank", T(2, 1, 4, grad=True), T(3, 1, dtype=b8, kind="bool")),
                   ("0d", T(grad=True), L(True, dtype=b8)),
                   ("0d_x", T(grad=True), M([True, False, True])),
                   ("all_false", T(2, 3, grad=True), M([False, False, False])),
                   ("uint8", T(3, 4, grad=True), L([1, 0, 0, 1], dtype=u8)),
                   ("int64", T(3, 4, dtype=i64, kind="int"), M([True, False, False, True])),
                   ("float64", T(3, 4, dtype=f64, grad=True), M([True, True, False, True]))]:
    case("masked_select/" + name, "masked_select", torch.masked_select, [x, m])
case("masked_select_error/float_mask", "masked_select", torch.masked_select, [T(3, 4), T(3, 4)], check_message=True)
case("masked_select_error/broadcast", "masked_select", torch.masked_select, [T(3, 4), M([True, False, True])],
     check_message=True)

# ---------------------------------------------------------------- masked_fill / masked_fill_
masked_fill_ = lambda x, m, v: x.clone().masked_fill_(m, v)
for op, fn in [("masked_fill", torch.masked_fill), ("masked_fill_", masked_fill_)]:
    case(op + "/number", op, fn, [T(3, 4, grad=True), T(3, 4, dtype=b8, kind="bool"), -1.5])
    case(op + "/broadcast_mask", op, fn, [T(3, 4, grad=True), M([True, False, False, True]), 2.0])
    case(op + "/tensor_value", op, fn, [T(3, 4, grad=True), T(3, 4, dtype=b8, kind="bool"), T(grad=True)])
    case(op + "/tensor_value_f64", op, fn, [T(3, 4, grad=True), M([[True], [False], [True]]), T(dtype=f64)])
    case(op + "/uint8", op, fn, [T(3, 4, grad=True), L([1, 0, 0, 1], dtype=u8), 3.0])
    case(op + "/int64_float_value", op, fn, [T(3, 4, dtype=i64, kind="int"), M([True, False, True, True]), 2.7])
    case(op + "/bool", op, fn, [T(3, 4, dtype=b8, kind="bool"), M([True, False, True, False]), 1.0])
    case(op + "/0d", op, fn, [T(grad=True), L(True, dtype=b8), 4.0])
    case(op + "/error_value_dim", op, fn, [T(3, 4), M([True, False, True, False]), T(1)], check_message=True)
case("masked_fill/mask_bigger", "masked_fill", torch.masked_fill,
     [T(3, 4, grad=True), T(2, 3, 4, dtype=b8, kind="bool"), T(grad=True)])
case("masked_fill/error_broadcast", "masked_fill", torch.masked_fill, [T(3, 4), M([True, False, True]), 1.0],
     check_message=True)
case("masked_fill_/error_mask_bigger", "masked_fill_", masked_fill_,
     [T(3, 4), T(2, 3, 4, dtype=b8, kind="bool"), 1.0], check_message=True)
case("masked_fill_/error_broadcast", "masked_fill_", masked_fill_, [T(3, 4), M([True, False, True]), 1.0],
     check_message=True)

# ---------------------------------------------------------------- take
for name, x, idx in [("1d", T(3, 4, grad=True), L([0, 5, -1, 5])), ("2d", T(3, 4, grad=True), L([[0, 5], [11, -12]])),
                     ("0d_index", T(3, 4, grad=True), L(3)), ("0d_self", T(grad=True), L([0, -1, 0])),
                     ("empty", T(3, 4, grad=True), L([], dtype=i64)), ("empty_self", T(0), L([[], []], dtype=i64)),
                     ("int64", T(2, 3, dtype=i64, kind="int"), L([5, 0])),
                     ("transposed_view", T(4, 3, grad=True), L([1, 4, 7]))]:
    case("take/" + name, "take", torch.take, [x, idx])
for name, x, idx in [("out_of_range", T(3, 4), L([12])), ("negative", T(3, 4), L([-13])),
                     ("int32", T(3, 4), L([1], dtype=i32)), ("float", T(3, 4), L([1.0], dtype=f32)),
                     ("empty_self", T(0), L([0]))]:
    case("take_error/" + name, "take", torch.take, [x, idx], check_message=True)

# ---------------------------------------------------------------- gather
for name, x, dim, idx in [
    ("dim1", T(3, 4, grad=True), 1, L([[0, 3, 3], [1, 0, 2], [2, 2, 2]])),
    ("dim0", T(3, 4, grad=True), 0, L([[0, 2, 1, 1], [2, 2, 0, 1]])),
    ("dim_neg", T(3, 4, grad=True), -1, L([[3], [0]])),
    ("bigger_along_dim", T(3, 4, grad=True), 1, L([[0, 1, 2, 3, 0, 1]])),
    ("3d", T(2, 3, 4, grad=True), 1, T(2, 2, 3, dtype=i64, kind="int", low=0, high=3)),
    ("0d", T(grad=True), 0, L(0)),
    ("0d_self_1d_index", T(grad=True), 0, L([0, 0])),
    ("1d_self_0d_index", T(4, grad=True), 0, L(2)),
    ("empty", T(3, 4, grad=True), 1, L([[], []], dtype=i64)),
    ("empty_float_index", T(3, 4, grad=True), 1, L([], dtype=f32)),
    ("int64", T(3, 4, dtype=i64, kind="int"), 1, L([[1, 0], [3, 3]])),
    ("float64", T(3, 4, dtype=f64, grad=True), 0, L([[2, 1, 0, 0]])),
]:
    case("gather/" + name, "gather", torch.gather, [x, dim, idx])
for name, dim, idx in [("int32", 1, L([[0]], dtype=i32)), ("rank", 1, L([0, 1])), ("size", 1, L([[0]] * 4)),
                       ("out_of_range", 1, L([[0, 4]])), ("negative", 1, L([[-1]])), ("dim", 2, L([[0]]))]:
    case("gather_error/" + name, "gather", torch.gather, [T(3, 4), dim, idx], check_message=True)

# ---------------------------------------------------------------- scatter / scatter_ / scatter_add / scatter_add_
P = L([[0, 3], [4, 1], [2, 0]])           # distinct per row: scatter along dim 1 is deterministic
P0 = L([[2, 0, 1, 2, 0], [0, 1, 2, 1, 1]])  # distinct per column: along dim 0
D = L([[0, 0, 4], [1, 1, 1], [3, 0, 3]])  # duplicates: only for scatter_add
scatter_ = lambda x, d, i, s: x.clone().scatter_(d, i, s)
scatter_add_ = lambda x, d, i, s: x.clone().scatter_add_(d, i, s)
for op, fn in [("scatter", torch.scatter), ("scatter_", scatter_)]:
    case(op + "/dim1", op, fn, [T(3, 5, grad=True), 1, P, T(3, 2, grad=True)])
    case(op + "/dim0", op, fn, [T(3, 5, grad=True), 0, P0, T(2, 5, grad=True)])
    case(op + "/dim_neg_src_bigger", op, fn, [T(3, 5, grad=True), -1, P, T(4, 3)])
    case(op + "/value", op, fn, [T(3, 5, grad=True), 1, P, -2.5])
    case(op + "/0d", op, fn, [T(grad=True), 0, L(0), T(grad=True)])
    case(op + "/empty", op, fn, [T(3, 5, grad=True), 1, L([[]], dtype=i64), T(1, 1, grad=True)])
    case(op + "/int64", op, fn, [T(3, 5, dtype=i64, kind="int"), 1, P, L([[1, 2], [3, 4], [5, 6]])])
    case(op + "/int64_value", op, fn, [T(3, 5, dtype=i64, kind="int"), 0, P0, 2.7])
for op, fn in [("scatter_add", torch.scatter_add), ("scatter_add_", scatter_add_)]:
    case(op + "/duplicates", op, fn, [T(3, 5, grad=True), 1, D, T(3, 3, grad=True)])
    case(op + "/dim0", op, fn, [T(4, 5, grad=True), 0, L([[0, 0, 3, 1, 0], [0, 2, 3, 1, 0]]), T(2, 5, grad=True)])
    case(op + "/src_bigger", op, fn, [T(3, 5, grad=True), 1, D, T(4, 4)])
    case(op + "/0d", op, fn, [T(grad=True), 0, L(0), T(grad=True)])
    case(op + "/int64", op, fn, [T(3, 5, dtype=i64, kind="int"), 1, D, L([[1, 2, 3], [4, 5, 6], [7, 8, 9]])])
    case(op + "/float64", op, fn, [T(3, 5, dtype=f64, grad=True), 1, D, T(3, 3, dtype=f64, grad=True)])
for name, idx, src in [("dtype", P, T(3, 2, dtype=f64)), ("int32", L([[0]], dtype=i32), T(1, 1)),
                       ("rank_self", L([0, 1]), T(2)), ("rank_src", L([[0, 1]]), T(2)),
                       ("src_smaller", P, T(3, 1)), ("self_smaller", L([[0]] * 4), T(4, 1)),
                       ("out_of_range", L([[5]]), T(1, 1)), ("negative", L([[-1]]), T(1, 1)),
                       ("src_rank_low", L([[0, 1]]), T(1))]:
    case("scatter_error/" + name, "scatter", torch.scatter, [T(3, 5), 1, idx, src], check_message=True)
    case("scatter_add_error/" + name, "scatter_add", torch.scatter_add, [T(3, 5), 1, idx, src], check_message=True)
case("scatter_error/value_self_smaller", "scatter", torch.scatter, [T(3, 5), 1, L([[0]] * 4), 1.0],
     check_message=True)
case("scatter_error/value_out_of_range", "scatter", torch.scatter, [T(3, 5), 1, L([[9]]), 1.0], check_message=True)
case("scatter_error/dim", "scatter", torch.scatter, [T(3, 5), 2, P, T(3, 2)], check_message=True)

write("indexing")
