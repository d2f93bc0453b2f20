"""Fixtures for joining/splitting and matrix products (jtorch.internal.ops.JoinOps, jtorch.internal.ops.LinalgOps).
Writes jtorch-core/src/test/resources/fixtures/ops/join_linalg.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/join_linalg.py
Large inputs use small integer values (kind="int") so the JSON stays small and float32 products are exact.
"""
import torch
from golden import T, case, write

f32, f64, i64, i32, i16, i8, u8, b, bf16, f16 = (torch.float32, torch.float64, torch.int64, torch.int32, torch.int16,
                                                  torch.int8, torch.uint8, torch.bool, torch.bfloat16, torch.float16)


def I(*shape, dtype=f32, low=-3, high=4, grad=False):
    """Small-integer values: exact in every dtype, short in JSON."""
    return T(*shape, dtype=dtype, kind="int", low=low, high=high, grad=grad)


# ---------------------------------------------------------------- cat
cat = lambda ts, dim=0: torch.cat(ts, dim)
for shapes, dim, label in [(((2, 3), (4, 3)), 0, "rows"), (((2, 3), (2, 1), (2, 4)), 1, "cols3"),
                           (((2, 3), (2, 5)), -1, "neg_dim"), (((2, 3, 4), (2, 1, 4)), -2, "3d_mid"),
                           (((3,), (4,)), 0, "1d"), (((2, 0, 3), (2, 2, 3)), 1, "zero_size_dim"),
                           (((0, 3), (2, 3)), 0, "zero_rows"), (((2, 3),), 0, "single"),
                           (((1, 2, 3, 2), (1, 2, 1, 2)), 2, "4d")]:
    case("cat/" + label, "cat", cat, [[T(*s, grad=True) for s in shapes]], {"dim": dim})
case("cat/seed_4x32x8_5x32x8", "cat", cat, [[I(4, 32, 8), I(5, 32, 8)]], {"dim": 0})
case("cat/same_tensor_twice", "cat_self_twice", lambda x: torch.cat([x, x], 1), [T(2, 3, grad=True)])
case("cat/legacy_empty_skipped", "cat", cat, [[T(2, 3, grad=True), T(0, grad=True)]], {"dim": 1})
case("cat/legacy_empty_first", "cat", cat, [[T(0, grad=True), T(2, 3, grad=True), T(2, 2, grad=True)]], {"dim": -1})
case("cat/all_legacy_empty", "cat", cat, [[T(0), T(0)]], {"dim": 3})
case("cat/promote_long_double", "cat", cat, [[I(2, dtype=i64), T(3, dtype=f64, grad=True)]], {"dim": 0})
case("cat/promote_float_double_grad", "cat", cat, [[T(2, 2, grad=True), T(1, 2, dtype=f64, grad=True)]], {"dim": 0})
case("cat/promote_bool_int", "cat", cat, [[T(2, dtype=b, kind="bool"), I(2, dtype=i32)]], {"dim": 0})
case("cat/promote_uint8_int8", "cat", cat, [[I(2, 2, dtype=u8, low=0), I(2, 1, dtype=i8)]], {"dim": 1})
case("cat/bool", "cat", cat, [[T(2, dtype=b, kind="bool"), T(3, dtype=b, kind="bool")]], {"dim": 0})
case("cat/int64", "cat", cat, [[I(2, 2, dtype=i64), I(2, 3, dtype=i64)]], {"dim": 1})
case("cat/legacy_empty_keeps_dtype", "cat", cat, [[T(2, 3), T(0, dtype=f64)]], {"dim": 0})
case("cat/error_size_mismatch", "cat", cat, [[T(2, 3), T(2, 4)]], {"dim": 0}, check_message=True)
case("cat/error_size_mismatch_dim1", "cat", cat, [[T(2, 3), T(3, 4)]], {"dim": 1}, check_message=True)
case("cat/error_size_mismatch_third", "cat", cat, [[T(0), T(2, 3), T(3, 4)]], {"dim": 1}, check_message=True)
case("cat/error_ndim", "cat", cat, [[T(2, 3), T(2, 3, 1)]], {"dim": 1}, check_message=True)
case("cat/error_zero_dim", "cat", cat, [[T(2), T()]], {"dim": 0}, check_message=True)
case("cat/error_dim_range", "cat", cat, [[T(2, 3), T(2, 3)]], {"dim": 2}, check_message=True)
case("cat/error_dim_range_neg", "cat", cat, [[T(2, 3), T(2, 3)]], {"dim": -3}, check_message=True)
case("cat/error_empty_list", "cat_empty", lambda dim: torch.cat([], dim), [], {"dim": 0}, check_message=True)

# ---------------------------------------------------------------- stack
stack = lambda ts, dim=0: torch.stack(ts, dim)
for shape, n, dim, label in [((2, 3), 2, 0, "dim0"), ((2, 3), 3, 1, "dim1"), ((2, 3), 2, 2, "last"),
                             ((2, 3), 2, -1, "neg_last"), ((2, 3), 2, -3, "neg_first"), ((), 3, 0, "scalars"),
                             ((4,), 2, 1, "1d_last"), ((0, 3), 2, 1, "zero_size"), ((0,), 2, 0, "legacy_empty_shape")]:
    case("stack/" + label, "stack", stack, [[T(*shape, grad=True) for _ in range(n)]], {"dim": dim})
case("stack/seed_two_32x8", "stack", stack, [[I(32, 8), I(32, 8)]], {"dim": 0})
case("stack/promote", "stack", stack, [[I(2, 3, dtype=i64), T(2, 3, dtype=f64, grad=True)]], {"dim": 1})
case("stack/int_bool", "stack", stack, [[I(2, dtype=i64), T(2, dtype=b, kind="bool")]], {"dim": 0})
case("stack/error_size", "stack", stack, [[T(2, 3), T(3, 3)]], {"dim": 0}, check_message=True)
case("stack/error_size_last", "stack", stack, [[T(2, 3), T(3, 3)]], {"dim": 2}, check_message=True)
case("stack/error_rank", "stack", stack, [[T(2), T(2, 1)]], {"dim": 0}, check_message=True)
case("stack/error_dim_range", "stack", stack, [[T(2, 3), T(2, 3)]], {"dim": 3}, check_message=True)
case("stack/error_empty_list", "stack_empty", lambda dim: torch.stack([], dim), [], {"dim": 0}, check_message=True)

# ---------------------------------------------------------------- split / chunk
split = lambda x, s, dim=0: x.split(s, dim)
chunk = lambda x, n, dim=0: x.chunk(n, dim)
for shape, size, dim, label in [((5, 4), 2, 0, "uneven"), ((5, 4), 1, 0, "ones"), ((6, 4), 2, 0, "even"),
                                ((5, 4), 2, -1, "neg_dim"), ((5, 4), 5, 0, "whole"), ((5, 4), 7, 0, "bigger"),
                                ((2, 3, 4), 3, 2, "3d"), ((7,), 3, 0, "1d"), ((0, 3), 2, 0, "zero_dim"),
                                ((0, 3), 0, 0, "zero_split_of_zero")]:
    case("split/" + label, "split", split, [T(*shape, grad=True), size], {"dim": dim})
# the seed's c = torch.stack([rand(32, 8), rand(32, 8)]): split(2) along dim 0 is ONE tensor (so unpacking
# it into two names fails in Python), split(1) and split([1, 1]) are two, chunk(2) is two
seed_c = lambda: I(2, 32, 8, grad=True)
case("split/seed_c_2", "split", split, [seed_c(), 2], {"dim": 0}, gradcheck=False)
case("split/seed_c_1", "split", split, [seed_c(), 1], {"dim": 0}, gradcheck=False)
case("split_with_sizes/seed_c", "split_with_sizes", split, [seed_c(), [1, 1]], {"dim": 0}, gradcheck=False)
case("chunk/seed_c", "chunk", chunk, [seed_c(), 2], {"dim": 0}, gradcheck=False)
case("split/int64", "split", split, [I(5, 2, dtype=i64), 2], {"dim": 0})
case("split/error_zero_size", "split", split, [T(5, 4), 0], {"dim": 0}, check_message=True)
case("split/error_negative", "split", split, [T(5, 4), -1], {"dim": 0}, check_message=True)
case("split/error_0d", "split", split, [T(), 1], {"dim": 0}, check_message=True)
case("split/error_dim_range", "split", split, [T(5, 4), 2], {"dim": 2}, check_message=True)

for shape, sizes, dim, label in [((2, 3), [1, 1], 0, "pair"), ((5, 4), [2, 3], 0, "two"), ((5, 4), [1, 2, 1], 1, "three"),
                                 ((5, 4), [4, 0, 1], 0, "with_zero"), ((5, 4), [3, 1], -1, "neg_dim"),
                                 ((5, 4), [5], 0, "whole"), ((2, 6, 2), [2, 4], -2, "3d")]:
    case("split_with_sizes/" + label, "split_with_sizes", split, [T(*shape, grad=True), sizes], {"dim": dim})
case("split_with_sizes/error_sum", "split_with_sizes", split, [T(5, 4), [2, 4]], {"dim": 0}, check_message=True)
case("split_with_sizes/error_sum_neg_dim", "split_with_sizes", split, [T(4, 3), [1, 1]], {"dim": -1}, check_message=True)
case("split_with_sizes/error_negative", "split_with_sizes", split, [T(5), [6, -1]], {"dim": 0}, check_message=True)
case("split_with_sizes/error_negative_bad_sum", "split_with_sizes", split, [T(5), [-1, 7, 1]], {"dim": 0}, check_message=True)
case("split_with_sizes/error_0d", "split_with_sizes", split, [T(), [1]], {"dim": 0}, check_message=True)

for shape, n, dim, label in [((2, 3), 2, 0, "pair"), ((5, 4), 3, 0, "uneven"), ((6,), 4, 0, "fewer_chunks"),
                             ((6,), 5, 0, "fewer_chunks5"), ((13,), 6, 0, "13_by_6"), ((10,), 4, 0, "10_by_4"),
                             ((5, 4), 2, -1, "neg_dim"), ((5, 4), 1, 0, "one"), ((5, 4), 9, 0, "more_than_size"),
                             ((0, 2), 3, 0, "zero_size_keeps_count"), ((3, 0), 2, 1, "zero_size_dim1")]:
    case("chunk/" + label, "chunk", chunk, [T(*shape, grad=True), n], {"dim": dim})
case("chunk/error_zero", "chunk", chunk, [T(5, 4), 0], {"dim": 0}, check_message=True)
case("chunk/error_negative", "chunk", chunk, [T(5, 4), -1], {"dim": 0}, check_message=True)
case("chunk/error_0d", "chunk", chunk, [T(), 1], {"dim": 0}, check_message=True)
case("chunk/error_dim_range", "chunk", chunk, [T(5, 4), 2], {"dim": 3}, check_message=True)

# ---------------------------------------------------------------- repeat
repeat = lambda x, r: x.repeat(r)
for shape, reps, label in [((2, 3), [2, 1], "rows"), ((2, 3), [1, 3], "cols"), ((2, 3), [2, 2], "both"),
                           ((2, 3), [3, 1, 2], "new_dim"), ((3,), [2, 2, 2], "1d_to_3d"), ((), [], "0d_none"),
                           ((), [2, 3], "0d_to_2d"), ((2, 3), [0, 2], "zero"), ((0, 3), [2, 2], "zero_size"),
                           ((2, 1, 3), [1, 4, 1], "size1_dim"), ((2, 3), [1, 1], "identity")]:
    case("repeat/" + label, "repeat", repeat, [T(*shape, grad=True), reps])
case("repeat/int64", "repeat", repeat, [I(2, 2, dtype=i64), [2, 1, 2]])
case("repeat/bool", "repeat", repeat, [T(3, dtype=b, kind="bool"), [2, 2]])
case("repeat/error_too_few", "repeat", repeat, [T(2, 3), [2]], check_message=True)
case("repeat/error_too_few_empty", "repeat", repeat, [T(2, 3), []], check_message=True)
case("repeat/error_negative", "repeat", repeat, [T(2, 3), [-1, 2]], check_message=True)

# ---------------------------------------------------------------- mm
for sa, sb, label in [((2, 3), (3, 4), "2x3_3x4"), ((1, 5), (5, 1), "row_col"), ((5, 1), (1, 4), "col_row"),
                      ((4, 4), (4, 4), "square"), ((7, 5), (5, 9), "edge_tiles"), ((3, 0), (0, 4), "k_zero"),
                      ((0, 3), (3, 4), "m_zero"), ((3, 2), (2, 0), "n_zero"), ((1, 6), (6, 5), "m1"),
                      ((6, 5), (5, 1), "n1")]:
    case("mm/" + label, "mm", torch.mm, [T(*sa, grad=True), T(*sb, grad=True)])
    case("mm/f64/" + label, "mm", torch.mm, [T(*sa, dtype=f64, grad=True), T(*sb, dtype=f64, grad=True)])
case("mm/one_grad", "mm", torch.mm, [T(3, 4), T(4, 2, grad=True)])
case("mm/wide_k", "mm", torch.mm, [T(3, 300), T(300, 6)], tol={"rtol": 1e-4, "atol": 1e-4})
case("mm/int64", "mm", torch.mm, [I(3, 4, dtype=i64), I(4, 5, dtype=i64)])
case("mm/int32", "mm", torch.mm, [I(3, 4, dtype=i32), I(4, 2, dtype=i32)])
case("mm/int8_wraps", "mm", torch.mm, [T(1, 2, dtype=i8, values=[100, 100]), T(2, 1, dtype=i8, values=[100, 100])])
case("mm/uint8", "mm", torch.mm, [I(2, 3, dtype=u8, low=0, high=20), I(3, 2, dtype=u8, low=0, high=20)])
case("mm/bfloat16", "mm", torch.mm, [T(3, 4, dtype=bf16), T(4, 2, dtype=bf16)])
case("mm/error_self_1d", "mm", torch.mm, [T(3), T(3, 3)], check_message=True)
case("mm/error_mat2_1d", "mm", torch.mm, [T(3, 3), T(3)], check_message=True)
case("mm/error_self_3d", "mm", torch.mm, [T(2, 3, 3), T(3, 3)], check_message=True)
case("mm/error_shapes_seed", "mm", torch.mm, [I(64, 1000, low=0, high=1), I(100, 10, low=0, high=1)],
     check_message=True)
case("mm/error_dtype", "mm", torch.mm, [T(2, 3), T(3, 2, dtype=f64)], check_message=True)
case("mm/error_dtype_long_float", "mm", torch.mm, [I(2, 3, dtype=i64), T(3, 2)], check_message=True)
case("mm/error_bool", "mm", torch.mm, [T(2, 3, dtype=b, kind="bool"), T(3, 2, dtype=b, kind="bool")],
     check_message=True)
case("mm/error_half", "mm", torch.mm, [T(2, 3, dtype=f16), T(3, 2, dtype=f16)], check_message=True)

# the seed's two-layer network: forward at full size (exact integers), gradients on a small copy
net = lambda x, w1, w2: x.mm(w1).clamp(min=0).mm(w2)
case("mm/seed_two_layer_net", "two_layer_net", net, [I(64, 1000, low=-2, high=3), I(1000, 100, low=-2, high=3),
                                                        I(100, 10, low=-2, high=3)])
case("mm/seed_two_layer_net_small", "two_layer_net", net, [T(8, 20, grad=True), T(20, 6, grad=True),
                                                            T(6, 3, grad=True)])

# ---------------------------------------------------------------- bmm
for sa, sb, label in [((2, 3, 4), (2, 4, 5), "basic"), ((1, 2, 2), (1, 2, 2), "one_batch"),
                      ((3, 1, 4), (3, 4, 1), "vec_like"), ((0, 3, 4), (0, 4, 2), "zero_batch"),
                      ((2, 3, 0), (2, 0, 4), "k_zero"), ((2, 5, 6), (2, 6, 7), "edge_tiles")]:
    case("bmm/" + label, "bmm", torch.bmm, [T(*sa, grad=True), T(*sb, grad=True)])
case("bmm/f64", "bmm", torch.bmm, [T(2, 3, 2, dtype=f64, grad=True), T(2, 2, 3, dtype=f64, grad=True)])
case("bmm/int64", "bmm", torch.bmm, [I(2, 2, 3, dtype=i64), I(2, 3, 2, dtype=i64)])
case("bmm/int16", "bmm", torch.bmm, [I(2, 2, 3, dtype=i16), I(2, 3, 2, dtype=i16)])
case("bmm/error_batch1_2d", "bmm", torch.bmm, [T(3, 3), T(3, 3)], check_message=True)
case("bmm/error_batch2_2d", "bmm", torch.bmm, [T(2, 3, 3), T(3, 3)], check_message=True)
case("bmm/error_batch_size", "bmm", torch.bmm, [T(2, 3, 4), T(3, 4, 3)], check_message=True)
case("bmm/error_inner", "bmm", torch.bmm, [T(2, 3, 4), T(2, 3, 3)], check_message=True)
case("bmm/error_dtype", "bmm", torch.bmm, [T(2, 3, 4), T(2, 4, 3, dtype=f64)], check_message=True)
case("bmm/error_bool", "bmm", torch.bmm, [T(2, 2, 3, dtype=b, kind="bool"), T(2, 3, 2, dtype=b, kind="bool")],
     check_message=True)

# ---------------------------------------------------------------- mv / dot / outer
case("mv/basic", "mv", torch.mv, [T(3, 4, grad=True), T(4, grad=True)])
case("mv/f64", "mv", torch.mv, [T(5, 2, dtype=f64, grad=True), T(2, dtype=f64, grad=True)])
case("mv/k_zero", "mv", torch.mv, [T(3, 0, grad=True), T(0, grad=True)])
case("mv/int64", "mv", torch.mv, [I(3, 3, dtype=i64), I(3, dtype=i64)])
case("mv/error_size", "mv", torch.mv, [T(2, 3), T(4)], check_message=True)
case("mv/error_vec_2d", "mv", torch.mv, [T(2, 3), T(3, 1)], check_message=True)
case("mv/error_mat_1d", "mv", torch.mv, [T(3), T(3)], check_message=True)
case("mv/error_dtype", "mv", torch.mv, [T(2, 3), T(3, dtype=f64)], check_message=True)
case("mv/error_bool", "mv", torch.mv, [T(2, 3, dtype=b, kind="bool"), T(3, dtype=b, kind="bool")],
     check_message=True)

case("dot/basic", "dot", torch.dot, [T(5, grad=True), T(5, grad=True)])
case("dot/f64", "dot", torch.dot, [T(7, dtype=f64, grad=True), T(7, dtype=f64, grad=True)])
case("dot/empty", "dot", torch.dot, [T(0, grad=True), T(0, grad=True)])
case("dot/int64", "dot", torch.dot, [I(4, dtype=i64), I(4, dtype=i64)])
case("dot/int32", "dot", torch.dot, [I(4, dtype=i32), I(4, dtype=i32)])
case("dot/error_size", "dot", torch.dot, [T(3), T(4)], check_message=True)
case("dot/error_dtype", "dot", torch.dot, [T(3), T(3, dtype=f64)], check_message=True)
case("dot/error_2d", "dot", torch.dot, [T(3, 1), T(3)], check_message=True)
case("dot/error_0d", "dot", torch.dot, [T(), T(3)], check_message=True)
case("dot/error_bool", "dot", torch.dot, [T(3, dtype=b, kind="bool"), T(3, dtype=b, kind="bool")],
     check_message=True)

case("outer/basic", "outer", torch.outer, [T(3, grad=True), T(4, grad=True)])
case("outer/promote", "outer", torch.outer, [T(3, grad=True), T(2, dtype=f64, grad=True)])
case("outer/int_float", "outer", torch.outer, [I(3, dtype=i64), T(2)])
case("outer/bool", "outer", torch.outer, [T(3, dtype=b, kind="bool"), T(2, dtype=b, kind="bool")])
case("outer/empty", "outer", torch.outer, [T(0, grad=True), T(3, grad=True)])
case("outer/error_2d", "outer", torch.outer, [T(3, 1), T(4)], check_message=True)
case("outer/error_vec2_2d", "outer", torch.outer, [T(3), T(4, 1)], check_message=True)
case("outer/error_0d", "outer", torch.outer, [T(), T(4)], check_message=True)

# ---------------------------------------------------------------- matmul
for sa, sb, label in [((3,), (3,), "1d_1d_dot"), ((2, 3), (3,), "2d_1d_mv"), ((3,), (3, 2), "1d_2d"),
                      ((2, 3), (3, 4), "2d_2d"), ((4, 2, 3), (3,), "3d_1d"), ((4, 2, 3), (3, 5), "3d_2d"),
                      ((3,), (4, 3, 2), "1d_3d"), ((2, 3), (4, 3, 2), "2d_3d"), ((4, 2, 3), (4, 3, 2), "3d_3d"),
                      ((2, 1, 3, 4), (5, 4, 2), "batch_broadcast"), ((2, 1, 2, 3), (1, 4, 3, 2), "batch_broadcast_4d"),
                      ((1, 2, 3), (4, 3, 2), "batch_one_vs_four"), ((2, 2, 2, 3), (3,), "4d_1d"),
                      ((3,), (2, 2, 3, 2), "1d_4d"), ((2, 2, 2, 3), (3, 2), "4d_2d"), ((2, 3), (2, 2, 3, 2), "2d_4d"),
                      ((3, 0), (0, 2), "k_zero"), ((2, 3, 0), (0, 0), "fold_last_zero"), ((0, 3, 4), (4, 2), "zero_batch"),
                      ((2, 0, 4), (2, 4, 3), "zero_rows")]:
    case("matmul/" + label, "matmul", torch.matmul, [T(*sa, grad=True), T(*sb, grad=True)])
case("matmul/f64_3d_3d", "matmul", torch.matmul, [T(2, 2, 3, dtype=f64, grad=True), T(2, 3, 2, dtype=f64, grad=True)])
case("matmul/permuted_3d_2d", "matmul_permuted", lambda x, y: x.permute(0, 2, 1).matmul(y), [T(2, 3, 2, grad=True),
                                                                                    T(3, 4, grad=True)])
case("matmul/one_grad", "matmul", torch.matmul, [T(3, 2, 4), T(4, 2, grad=True)])
case("matmul/int64_2d", "matmul", torch.matmul, [I(2, 3, dtype=i64), I(3, 2, dtype=i64)])
case("matmul/int64_3d_1d", "matmul", torch.matmul, [I(2, 2, 3, dtype=i64), I(3, dtype=i64)])
case("matmul/int64_batched", "matmul", torch.matmul, [I(2, 1, 2, 3, dtype=i64), I(3, 3, 2, dtype=i64)])
case("matmul/error_0d", "matmul", torch.matmul, [T(), T(4)], check_message=True)
case("matmul/error_0d_right", "matmul", torch.matmul, [T(4), T()], check_message=True)
case("matmul/error_dot", "matmul", torch.matmul, [T(3), T(4)], check_message=True)
case("matmul/error_mv", "matmul", torch.matmul, [T(2, 3), T(4)], check_message=True)
case("matmul/error_1d_2d", "matmul", torch.matmul, [T(3), T(4, 2)], check_message=True)
case("matmul/error_mm", "matmul", torch.matmul, [T(2, 3), T(4, 2)], check_message=True)
case("matmul/error_fold_mv", "matmul", torch.matmul, [T(5, 2, 3), T(4)], check_message=True)
case("matmul/error_fold_mm", "matmul", torch.matmul, [T(5, 1, 3), T(4, 2)], check_message=True)
case("matmul/error_fold_transposed_mv", "matmul", torch.matmul, [T(3), T(5, 4, 2)], check_message=True)
case("matmul/error_batch_broadcast", "matmul", torch.matmul, [T(5, 2, 3), T(4, 3, 2)], check_message=True)
case("matmul/error_dtype", "matmul", torch.matmul, [T(2, 2, 3), T(2, 3, 2, dtype=f64)], check_message=True)
case("matmul/error_dtype_dot", "matmul", torch.matmul, [T(3), T(3, dtype=f64)], check_message=True)
write("join_linalg")
