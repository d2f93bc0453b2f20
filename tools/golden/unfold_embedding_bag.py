"""Fixtures for Tensor.unfold (a view, jtorch.internal.ops.ViewOps) and torch.embedding_bag's 4-tuple (EmbeddingOps).
Writes jtorch-core/src/test/resources/fixtures/ops/unfold_embedding_bag.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/unfold_embedding_bag.py

"unfoldWrite" writes through a view of a clone (windows that do not overlap) and returns the base, so the write and
its CopySlices gradient are checked. embedding_bag's offset2bag depends on the weight's memory layout (1.13 skips it
on its float32/float16 "fast path", which needs weight.stride(1) == 1): cases named ".../layout_*" run in the
contiguous layout only, and "embeddingBagT" gives PyTorch a transposed copy of the weight.
"""
import torch
from golden import T, case, write

f32, f64, f16, i64, i32, b8 = torch.float32, torch.float64, torch.float16, torch.int64, torch.int32, torch.bool


def unfold(x, *a):
    return x.unfold(*a)


# ---------------------------------------------------------------- Tensor.unfold
case("unfold/1d_overlap", "unfold", unfold, [T(10, grad=True), 0, 3, 2])
case("unfold/1d_step1", "unfold", unfold, [T(7, grad=True), 0, 3, 1])
case("unfold/2d_dim0", "unfold", unfold, [T(5, 3, grad=True), 0, 2, 1])
case("unfold/2d_dim1_gaps", "unfold", unfold, [T(3, 8, grad=True), 1, 2, 3])
case("unfold/2d_neg_dim", "unfold", unfold, [T(3, 6, grad=True), -1, 3, 3])
case("unfold/whole_dim", "unfold", unfold, [T(4, 5, grad=True), 1, 5, 1])
case("unfold/step_past_end", "unfold", unfold, [T(4, 5, grad=True), 1, 2, 4])
case("unfold/3d_f64", "unfold", unfold, [T(2, 6, 3, dtype=f64, grad=True), 1, 4, 1])
case("unfold/3d_middle_then_last", "unfold", lambda x: x.unfold(1, 2, 1).unfold(2, 2, 2), [T(2, 4, 5, grad=True)])
case("unfold/size0", "unfold", unfold, [T(2, 3, grad=True), 1, 0, 1])
case("unfold/i64", "unfold", unfold, [T(3, 5, dtype=i64, kind="int"), 1, 2, 2])
case("unfold/bool", "unfold", unfold, [T(6, dtype=b8, kind="bool"), 0, 2, 1])
case("unfold/f16", "unfold", unfold, [T(2, 5, dtype=f16), 1, 3, 1])
case("unfold/special", "unfold", unfold, [T(6, values=[float("nan"), 1.0, float("inf"), -2.0, float("-inf"), 0.5],
                                            grad=True), 0, 2, 2], gradcheck=False)
case("unfold/0d", "unfold", unfold, [T(grad=True), 0, 1, 1])
case("unfold/0d_neg_dim", "unfold", unfold, [T(grad=True), -1, 1, 5])
case("unfold/0d_size0", "unfold", unfold, [T(), 0, 0, 1])
case("unfold/empty", "unfold", unfold, [T(0, 3, grad=True), 1, 2, 1])
case("unfold/too_big", "unfold", unfold, [T(2, 3), 1, 4, 1], check_message=True)
case("unfold/empty_dim", "unfold", unfold, [T(0, 3), 0, 1, 1], check_message=True)
case("unfold/0d_too_big", "unfold", unfold, [T(), 0, 2, 1], check_message=True)
case("unfold/step0", "unfold", unfold, [T(5), 0, 2, 0], check_message=True)
case("unfold/step_negative", "unfold", unfold, [T(5), 0, 2, -1], check_message=True)
case("unfold/bad_dim", "unfold", unfold, [T(2, 3), 2, 1, 1], check_message=True)
case("unfold/0d_bad_dim", "unfold", unfold, [T(), 1, 1, 1], check_message=True)
# the message names the view's strides, which depend on the input's layout
case("unfold/layout_negative_size", "unfold", unfold, [T(10), 0, -1, 1], check_message=True)


def unfold_write(x):
    base = x.clone()
    base.unfold(1, 2, 3).mul_(10)  # windows [0, 2), [3, 5): no element twice
    return base


case("unfoldWrite/writes_through", "unfoldWrite", unfold_write, [T(3, 7, grad=True)])


# ---------------------------------------------------------------- torch.embedding_bag (the 4-tuple)
def bag(w, i, o, psw=None, scale_grad_by_freq=False, mode=0, include_last_offset=False, padding_idx=None):
    # positional: 1.13's binding takes padding_idx only by position (sparse=False: the same forward)
    return torch.embedding_bag(w, i, o, scale_grad_by_freq, mode, False, psw, include_last_offset, padding_idx)


def bag_t(w, *a, **kw):
    # the weight as a transposed copy: column stride != 1, off PyTorch's fast path
    return bag(w.t().contiguous().t(), *a, **kw)


def ix(*v, dtype=i64):
    return T(len(v), dtype=dtype, values=list(v))


IDX = [1, 2, 4, 5, 4, 3, 2, 0]
OFF = [0, 2, 2, 5]
W = lambda dtype=f32, grad=True: T(6, 3, dtype=dtype, grad=grad)
# float32 / float16 sums without padding take PyTorch's fast path (offset2bag empty): contiguous layout only
case("embeddingBag/layout_sum_f32", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)])
case("embeddingBag/layout_sum_psw_f32", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF), T(8, grad=True)])
# scale_grad_by_freq rescales the gradient on purpose (not a derivative): fixture gradients only, no gradcheck
case("embeddingBag/layout_sum_scale_grad", "embeddingBag", bag, [W(), ix(1, 1, 4, 1, 4, 3), ix(0, 3)],
     {"scale_grad_by_freq": True}, gradcheck=False)
case("embeddingBag/layout_sum_f16", "embeddingBag", bag, [W(f16, grad=False), ix(*IDX), ix(*OFF)])
case("embeddingBag/layout_sum_i32", "embeddingBag", bag, [W(), ix(*IDX, dtype=i32), ix(*OFF, dtype=i32)])
case("embeddingBagT/sum_f32", "embeddingBagT", bag_t, [W(), ix(*IDX), ix(*OFF)])
case("embeddingBagT/sum_psw_f32", "embeddingBagT", bag_t, [W(), ix(*IDX), ix(*OFF), T(8, grad=True)])
case("embeddingBag/sum_f64", "embeddingBag", bag, [W(f64), ix(*IDX), ix(*OFF)])
case("embeddingBag/sum_psw_f64", "embeddingBag", bag, [W(f64), ix(*IDX), ix(*OFF), T(8, dtype=f64, grad=True)])
case("embeddingBag/sum_padding", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"padding_idx": 2})
case("embeddingBag/sum_psw_padding", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF), T(8, grad=True)],
     {"padding_idx": 4})
case("embeddingBag/sum_padding_negative", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"padding_idx": -1})
case("embeddingBag/sum_include_last", "embeddingBag", bag, [W(f64), ix(*IDX), ix(0, 2, 2, 5, 8)],
     {"include_last_offset": True})
case("embeddingBag/mean_f32", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"mode": 1})
case("embeddingBag/mean_f64", "embeddingBag", bag, [W(f64), ix(*IDX), ix(*OFF)], {"mode": 1})
case("embeddingBag/mean_padding", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"mode": 1, "padding_idx": 2})
case("embeddingBag/mean_scale_grad", "embeddingBag", bag, [W(), ix(1, 1, 4, 1, 4, 3), ix(0, 3)],
     {"mode": 1, "scale_grad_by_freq": True}, gradcheck=False)
case("embeddingBag/mean_include_last", "embeddingBag", bag, [W(), ix(*IDX), ix(0, 2, 2, 5, 8)],
     {"mode": 1, "include_last_offset": True})
case("embeddingBag/mean_i32", "embeddingBag", bag, [W(), ix(*IDX, dtype=i32), ix(*OFF, dtype=i32)], {"mode": 1})
case("embeddingBag/mean_mixed_index_types", "embeddingBag", bag, [W(), ix(*IDX, dtype=i32), ix(*OFF)], {"mode": 1})
case("embeddingBag/mean_f16", "embeddingBag", bag, [W(f16, grad=False), ix(*IDX), ix(*OFF)], {"mode": 1})
# no bags: offset2bag is all -1, and 1.13's backward crashes on it (no gradient case)
case("embeddingBag/mean_no_offsets", "embeddingBag", bag, [W(), ix(*IDX), T(0, dtype=i64, values=[])], {"mode": 1},
     grad=False)
case("embeddingBag/mean_empty_input", "embeddingBag", bag, [W(), T(0, dtype=i64, values=[]), ix(0, 0)], {"mode": 1})
case("embeddingBag/mean_all_padding", "embeddingBag", bag, [W(), ix(2, 2, 1), ix(0, 2)], {"mode": 1, "padding_idx": 2})
case("embeddingBag/max_f32", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"mode": 2})
case("embeddingBag/max_f64", "embeddingBag", bag, [W(f64), ix(*IDX), ix(*OFF)], {"mode": 2})
case("embeddingBag/max_padding", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"mode": 2, "padding_idx": 2})
case("embeddingBag/max_include_last", "embeddingBag", bag, [W(), ix(*IDX), ix(0, 2, 2, 5, 8)],
     {"mode": 2, "include_last_offset": True})
case("embeddingBag/max_i32", "embeddingBag", bag, [W(), ix(*IDX, dtype=i32), ix(*OFF, dtype=i32)], {"mode": 2})
case("embeddingBag/max_f16", "embeddingBag", bag, [W(f16, grad=False), ix(*IDX), ix(*OFF)], {"mode": 2})
case("embeddingBag/max_empty_input", "embeddingBag", bag, [W(), T(0, dtype=i64, values=[]), ix(0, 0)], {"mode": 2})
case("embeddingBag/max_all_padding", "embeddingBag", bag, [W(), ix(2, 2, 1), ix(0, 2)], {"mode": 2, "padding_idx": 2})
# ties go to the first entry; a NaN wins only as a bag's first entry (PyTorch compares with >); no gradcheck
# through NaN
case("embeddingBag/max_ties_nan", "embeddingBag", bag,
     [T(4, 2, values=[1.0, float("nan"), 1.0, 2.0, float("nan"), 5.0, 3.0, 1.0], grad=True), ix(0, 1, 2, 3, 1, 0),
      ix(0, 2, 4)], {"mode": 2}, gradcheck=False)
case("embeddingBag/sum_special", "embeddingBag", bag,
     [T(3, 2, values=[float("inf"), 1.0, float("-inf"), float("nan"), 2.0, 3.0], dtype=f64), ix(0, 1, 2, 2), ix(0, 2)])
# misuse, with PyTorch's messages
case("embeddingBag/err_padding_too_big", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"padding_idx": 6},
     check_message=True)
case("embeddingBag/err_padding_too_small", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF)], {"padding_idx": -7},
     check_message=True)
case("embeddingBag/err_float_indices", "embeddingBag", bag, [W(), T(3, values=[0.0, 1.0, 2.0]), ix(0)],
     check_message=True)
case("embeddingBag/err_float_offsets", "embeddingBag", bag, [W(), ix(0, 1, 2), T(1, values=[0.0])],
     check_message=True)
case("embeddingBag/err_int_weight", "embeddingBag", bag, [T(6, 3, dtype=i64, kind="int"), ix(0, 1), ix(0)],
     check_message=True)
case("embeddingBag/err_bf16_weight", "embeddingBag", bag, [T(6, 3, dtype=torch.bfloat16), ix(0, 1), ix(0)])
case("embeddingBag/err_weight_1d", "embeddingBag", bag, [T(6), ix(0, 1), ix(0)], check_message=True)
case("embeddingBag/err_first_offset", "embeddingBag", bag, [W(), ix(*IDX), ix(1, 3)], check_message=True)
case("embeddingBag/err_last_offset", "embeddingBag", bag, [W(), ix(*IDX), ix(0, 9)], {"mode": 1},
     check_message=True)
case("embeddingBag/err_psw_mean", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF), T(8)], {"mode": 1},
     check_message=True)
case("embeddingBag/err_psw_dtype", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF), T(8, dtype=f64)],
     check_message=True)
case("embeddingBag/err_psw_2d", "embeddingBag", bag, [W(), ix(*IDX), ix(0), T(2, 4)], check_message=True)
case("embeddingBag/err_psw_numel", "embeddingBag", bag, [W(), ix(*IDX), ix(*OFF), T(3)], check_message=True)
case("embeddingBag/err_include_last_no_offsets", "embeddingBag", bag, [W(), ix(*IDX), T(0, dtype=i64, values=[])],
     {"include_last_offset": True}, check_message=True)
case("embeddingBag/err_index_out_of_range_max", "embeddingBag", bag, [W(), ix(1, 7), ix(0)], {"mode": 2},
     check_message=True)
case("embeddingBag/err_index_out_of_range_f64", "embeddingBag", bag, [W(f64), ix(1, -1), ix(0)], check_message=True)
case("embeddingBag/layout_err_index_out_of_range_fast", "embeddingBag", bag, [W(), ix(1, 7), ix(0)], {"mode": 1},
     check_message=True)

write("unfold_embedding_bag")
