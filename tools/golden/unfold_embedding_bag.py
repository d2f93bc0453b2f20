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

write("unfold_embedding_bag")
