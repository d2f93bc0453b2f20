"""Fixtures for view ops (jtorch.internal.ops.ViewOps): view/reshape, squeeze/unsqueeze, expand, t/transpose/permute,
flatten/unflatten, narrow/select/slice/unbind, movedim, contiguous, and the examples of the seed notes'
tensor chapter ("3、张量": view, unsqueeze, squeeze, expand, transpose + contiguous, permute).
Writes jtorch-core/src/test/resources/fixtures/ops/views.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/views.py

Ops named "...Write" apply the view to a clone of the input, add arange(numel) through the view, and
return the clone: they pin which base elements a view aliases.
"""
import torch
from golden import T, case, write

f32, f64, i64, b8 = torch.float32, torch.float64, torch.int64, torch.bool


def slice_(x, dim, start, end, step):
    return torch.ops.aten.slice(x, dim, start, end, step)


def write_through(view_fn):
    def fn(x, *args):
        base = x.detach().clone()
        v = view_fn(base, *args)
        v.add_(torch.arange(v.numel(), dtype=v.dtype).reshape(v.shape))
        return base
    return fn


# ---------------------------------------------------------------- view / reshape
for shape, new, label in [((2, 3, 4), (6, 4), "merge"), ((2, 3, 4), (4, -1), "infer"), ((2, 3, 4), (-1,), "flat"),
                          ((2, 3, 4), (2, 1, 3, 1, 4), "ones"), ((6,), (2, 3), "split"), ((), (1,), "0d_to_1"),
                          ((), (-1,), "0d_infer"), ((1,), (), "1_to_0d"), ((0, 3), (-1,), "empty_flat"),
                          ((0, 3), (3, 0), "empty_reshape"), ((4, 1, 2), (2, 2, 2), "size1_dim")]:
    case("view/" + label, "view", lambda x, s: x.view(s), [T(*shape, grad=True), list(new)])
    case("reshape/" + label, "reshape", lambda x, s: x.reshape(s), [T(*shape, grad=True), list(new)])
case("view/f64_int_dtype", "view", lambda x, s: x.view(s), [T(2, 6, dtype=i64, kind="int"), [3, 4]])
case("view/bad_numel", "view", lambda x, s: x.view(s), [T(2, 3, 4), [3, 5]], check_message=True)
case("view/bad_infer", "view", lambda x, s: x.view(s), [T(2, 3, 4), [5, -1]], check_message=True)
case("view/two_infer", "view", lambda x, s: x.view(s), [T(2, 3, 4), [-1, -1]], check_message=True)
case("view/negative", "view", lambda x, s: x.view(s), [T(2, 3, 4), [-2, 12]], check_message=True)
case("view/empty_ambiguous", "view", lambda x, s: x.view(s), [T(0, 3), [0, -1]], check_message=True)
case("reshape/empty_ambiguous", "reshape", lambda x, s: x.reshape(s), [T(0, 3), [-1, 0]], check_message=True)
# view of a transposed tensor: the seed's a.transpose(1,3).view(4, 3*32*32) mistake
case("viewTransposed/incompatible", "viewTransposed", lambda x, s: x.transpose(0, 1).view(s), [T(3, 4), [12]],
     check_message=True)
case("viewTransposed/compatible_split", "viewTransposed", lambda x, s: x.transpose(0, 1).view(s),
     [T(3, 4, grad=True), [2, 2, 3]])
case("viewTransposed/compatible_ones", "viewTransposed", lambda x, s: x.transpose(0, 1).view(s),
     [T(3, 4, grad=True), [4, 1, 3]])
case("reshapeTransposed/copies", "reshapeTransposed", lambda x, s: x.transpose(0, 1).reshape(s), [T(3, 4, grad=True), [12]])
case("reshapeTransposed/views", "reshapeTransposed", lambda x, s: x.transpose(0, 1).reshape(s), [T(3, 4, grad=True), [2, 2, 3]])
case("viewAs/basic", "viewAs", lambda x, o: x.view_as(o), [T(2, 6, grad=True), T(3, 4)])
case("reshapeAs/basic", "reshapeAs", lambda x, o: x.reshape_as(o), [T(2, 6, grad=True), T(4, 3)])
case("viewWrite/basic", "viewWrite", write_through(lambda x, s: x.view(s)), [T(2, 6), [3, 4]])

# ---------------------------------------------------------------- squeeze / unsqueeze
for shape in [(1, 3, 1, 2), (3, 4), (1,), (), (1, 1), (0, 1, 2)]:
    lab = "x".join(map(str, shape)) or "0d"
    case("squeeze/all_" + lab, "squeeze", lambda x: x.squeeze(), [T(*shape, grad=True)])
for d in [0, 2, -1, -4, 1]:
    case("squeeze/dim_%d" % d, "squeezeDim", lambda x, d: x.squeeze(d), [T(1, 3, 1, 2, grad=True), d])
case("squeeze/0d_dim0", "squeezeDim", lambda x, d: x.squeeze(d), [T(grad=True), 0])
case("squeeze/0d_dim_neg1", "squeezeDim", lambda x, d: x.squeeze(d), [T(grad=True), -1])
case("squeeze/dim_out_of_range", "squeezeDim", lambda x, d: x.squeeze(d), [T(2, 3, 4), 3], check_message=True)
for d in [0, 1, 3, -1, -2, -4]:
    case("unsqueeze/dim_%d" % d, "unsqueeze", lambda x, d: x.unsqueeze(d), [T(2, 3, 4, grad=True), d])
case("unsqueeze/0d", "unsqueeze", lambda x, d: x.unsqueeze(d), [T(grad=True), 0])
case("unsqueeze/0d_neg", "unsqueeze", lambda x, d: x.unsqueeze(d), [T(grad=True), -1])
case("unsqueeze/empty", "unsqueeze", lambda x, d: x.unsqueeze(d), [T(0, 2, grad=True), 1])
case("unsqueeze/out_of_range", "unsqueeze", lambda x, d: x.unsqueeze(d), [T(2, 3, 4), 4], check_message=True)
case("unsqueeze/out_of_range_neg", "unsqueeze", lambda x, d: x.unsqueeze(d), [T(2, 3, 4), -5], check_message=True)
case("unsqueezeWrite/mid", "unsqueezeWrite", write_through(lambda x, d: x.unsqueeze(d)), [T(2, 3), 1])

# ---------------------------------------------------------------- expand
case("expand/basic", "expand", lambda x, s: x.expand(s), [T(3, 1, grad=True), [3, 4]])
case("expand/keep_minus1", "expand", lambda x, s: x.expand(s), [T(3, 1, grad=True), [-1, 5]])
case("expand/new_leading", "expand", lambda x, s: x.expand(s), [T(3, 1, grad=True), [2, 3, 4]])
case("expand/new_leading_minus1", "expand", lambda x, s: x.expand(s), [T(1, 3, grad=True), [2, -1, -1]])
case("expand/0d", "expand", lambda x, s: x.expand(s), [T(grad=True), [2, 3]])
case("expand/same", "expand", lambda x, s: x.expand(s), [T(2, 3, grad=True), [2, 3]])
case("expand/to_zero", "expand", lambda x, s: x.expand(s), [T(3, 1, grad=True), [3, 0]])
case("expand/int", "expand", lambda x, s: x.expand(s), [T(1, 3, dtype=i64, kind="int"), [2, 3]])
case("expand/mismatch", "expand", lambda x, s: x.expand(s), [T(2, 3), [2, 4]], check_message=True)
case("expand/too_few_sizes", "expand", lambda x, s: x.expand(s), [T(1, 2, 3), [2, 3]], check_message=True)
case("expand/minus1_leading", "expand", lambda x, s: x.expand(s), [T(2, 3), [-1, 2, 3]], check_message=True)
case("expand/negative", "expand", lambda x, s: x.expand(s), [T(3, 1), [3, -2]])
case("expandAs/basic", "expandAs", lambda x, o: x.expand_as(o), [T(3, 1, grad=True), T(2, 3, 4)])
case("expandAs/mismatch", "expandAs", lambda x, o: x.expand_as(o), [T(3, 2), T(2, 3, 4)], check_message=True)

# ---------------------------------------------------------------- t / transpose / permute / movedim
case("t/2d", "t", lambda x: x.t(), [T(3, 4, grad=True)])
case("t/1d", "t", lambda x: x.t(), [T(4, grad=True)])
case("t/0d", "t", lambda x: x.t(), [T(grad=True)])
case("t/3d_error", "t", lambda x: x.t(), [T(2, 3, 4)], check_message=True)
case("t/int", "t", lambda x: x.t(), [T(2, 3, dtype=i64, kind="int")])
for d0, d1 in [(0, 1), (1, 2), (0, 2), (-1, 0), (1, 1), (-3, -2)]:
    case("transpose/%d_%d" % (d0, d1), "transpose", lambda x, a, b: x.transpose(a, b), [T(2, 3, 4, grad=True), d0, d1])
case("transpose/0d", "transpose", lambda x, a, b: x.transpose(a, b), [T(grad=True), 0, -1])
case("transpose/out_of_range", "transpose", lambda x, a, b: x.transpose(a, b), [T(2, 3, 4), 0, 3], check_message=True)
case("transposeWrite/basic", "transposeWrite", write_through(lambda x, a, b: x.transpose(a, b)), [T(2, 3, 4), 0, 2])
for p in [(0, 2, 1), (2, 0, 1), (-1, 0, 1), (0, 1, 2)]:
    case("permute/" + "_".join(map(str, p)), "permute", lambda x, p: x.permute(p), [T(2, 3, 4, grad=True), list(p)])
case("permute/4d", "permute", lambda x, p: x.permute(p), [T(2, 1, 3, 2, grad=True), [3, 1, 0, 2]])
case("permute/0d", "permute", lambda x, p: x.permute(p), [T(grad=True), []])
case("permute/wrong_length", "permute", lambda x, p: x.permute(p), [T(2, 3, 4), [0, 1]])
case("permute/duplicate", "permute", lambda x, p: x.permute(p), [T(2, 3, 4), [0, 1, 1]], check_message=True)
case("permute/out_of_range", "permute", lambda x, p: x.permute(p), [T(2, 3, 4), [0, 1, 3]], check_message=True)
case("permuteWrite/basic", "permuteWrite", write_through(lambda x, p: x.permute(p)), [T(2, 3, 4), [2, 0, 1]])
for src, dst in [(0, 2), (-1, 0), ([0, 1], [2, 0]), ([2], [1]), ([0, 1, 2], [2, 1, 0]), ([], [])]:
    case("movedim/%s_%s" % (src, dst), "movedim", lambda x, s, d: x.movedim(s, d), [T(2, 3, 4, grad=True), src, dst])
case("movedim/length_mismatch", "movedim", lambda x, s, d: x.movedim(s, d), [T(2, 3, 4), [0, 1], [2]], check_message=True)
case("movedim/repeated_source", "movedim", lambda x, s, d: x.movedim(s, d), [T(2, 3, 4), [0, 0], [1, 2]], check_message=True)
case("movedim/repeated_destination", "movedim", lambda x, s, d: x.movedim(s, d), [T(2, 3, 4), [0, 1], [2, 2]],
     check_message=True)
case("movedim/out_of_range", "movedim", lambda x, s, d: x.movedim(s, d), [T(2, 3, 4), 0, 3], check_message=True)

# ---------------------------------------------------------------- flatten / unflatten
for s, e in [(0, -1), (1, 2), (0, 1), (1, 1), (-2, -1), (2, 3)]:
    case("flatten/%d_%d" % (s, e), "flatten", lambda x, s, e: x.flatten(s, e), [T(2, 3, 4, 2, grad=True), s, e])
case("flatten/0d", "flatten", lambda x, s, e: x.flatten(s, e), [T(grad=True), 0, -1])
case("flatten/1d", "flatten", lambda x, s, e: x.flatten(s, e), [T(5, grad=True), 0, -1])
case("flatten/empty", "flatten", lambda x, s, e: x.flatten(s, e), [T(2, 0, 3, grad=True), 0, 1])
case("flatten/start_after_end", "flatten", lambda x, s, e: x.flatten(s, e), [T(2, 3, 4), 2, 1], check_message=True)
case("flatten/out_of_range", "flatten", lambda x, s, e: x.flatten(s, e), [T(2, 3, 4), 0, 3], check_message=True)
case("unflatten/basic", "unflatten", lambda x, d, s: x.unflatten(d, s), [T(2, 6, grad=True), 1, [2, 3]])
case("unflatten/infer", "unflatten", lambda x, d, s: x.unflatten(d, s), [T(2, 6, grad=True), 1, [-1, 2]])
case("unflatten/neg_dim", "unflatten", lambda x, d, s: x.unflatten(d, s), [T(6, 2, grad=True), -2, [3, 1, 2]])
case("unflatten/single", "unflatten", lambda x, d, s: x.unflatten(d, s), [T(2, 6, grad=True), 1, [6]])
case("unflatten/bad_product", "unflatten", lambda x, d, s: x.unflatten(d, s), [T(2, 3, 4), 1, [2, 2]], check_message=True)
case("unflatten/bad_infer", "unflatten", lambda x, d, s: x.unflatten(d, s), [T(2, 3, 4), 1, [-1, 2]], check_message=True)
case("unflatten/empty_sizes", "unflatten", lambda x, d, s: x.unflatten(d, s), [T(2, 3, 4), 1, []], check_message=True)

# ---------------------------------------------------------------- narrow / select / slice / unbind
for d, s, n in [(0, 0, 1), (1, 1, 2), (2, 0, 4), (-1, 2, 2), (1, -1, 1), (1, 3, 0), (1, -3, 3)]:
    case("narrow/%d_%d_%d" % (d, s, n), "narrow", lambda x, d, s, n: x.narrow(d, s, n), [T(2, 3, 4, grad=True), d, s, n])
case("narrow/too_long", "narrow", lambda x, d, s, n: x.narrow(d, s, n), [T(2, 3, 4), 1, 2, 2], check_message=True)
case("narrow/start_out_of_range", "narrow", lambda x, d, s, n: x.narrow(d, s, n), [T(2, 3, 4), 1, -4, 1],
     check_message=True)
case("narrow/start_past_end", "narrow", lambda x, d, s, n: x.narrow(d, s, n), [T(2, 3, 4), 1, 4, 0], check_message=True)
case("narrow/negative_length", "narrow", lambda x, d, s, n: x.narrow(d, s, n), [T(2, 3, 4), 1, 1, -1], check_message=True)
case("narrow/0d", "narrow", lambda x, d, s, n: x.narrow(d, s, n), [T(), 0, 0, 1], check_message=True)
case("narrowWrite/basic", "narrowWrite", write_through(lambda x, d, s, n: x.narrow(d, s, n)), [T(3, 4), 1, 1, 2])
for d, i in [(0, 0), (0, 1), (1, 2), (2, -1), (-1, 0), (1, -3)]:
    case("select/%d_%d" % (d, i), "select", lambda x, d, i: x.select(d, i), [T(2, 3, 4, grad=True), d, i])
case("select/1d_to_0d", "select", lambda x, d, i: x.select(d, i), [T(5, grad=True), 0, 3])
case("select/index_out_of_range", "select", lambda x, d, i: x.select(d, i), [T(2, 3, 4), 1, 3], check_message=True)
case("select/index_out_of_range_neg", "select", lambda x, d, i: x.select(d, i), [T(2, 3, 4), 1, -4], check_message=True)
case("select/dim_out_of_range", "select", lambda x, d, i: x.select(d, i), [T(2, 3, 4), 3, 0], check_message=True)
case("select/0d", "select", lambda x, d, i: x.select(d, i), [T(), 0, 0], check_message=True)
case("selectWrite/basic", "selectWrite", write_through(lambda x, d, i: x.select(d, i)), [T(3, 4), 1, 2])
for d, s, e, st in [(0, 0, 1, 1), (1, 0, 3, 2), (2, 1, None, 2), (-1, None, None, 3), (1, -2, None, 1),
                    (2, None, -1, 1), (1, 5, 10, 1), (1, -10, 2, 1), (1, 2, 1, 1), (2, 0, 100, 3)]:
    case("slice/%s_%s_%s_%s" % (d, s, e, st), "slice", slice_, [T(2, 3, 4, grad=True), d, s, e, st])
case("slice/step_zero", "slice", slice_, [T(2, 3, 4), 1, 0, 3, 0], check_message=True)
case("slice/step_negative", "slice", slice_, [T(2, 3, 4), 1, 0, 3, -1], check_message=True)
case("slice/dim_out_of_range", "slice", slice_, [T(2, 3, 4), 3, 0, 1, 1], check_message=True)
case("sliceWrite/strided", "sliceWrite", write_through(slice_), [T(3, 8), 1, 1, 7, 2])
for d in [0, 1, 2, -1]:
    case("unbind/%d" % d, "unbind", lambda x, d: x.unbind(d), [T(2, 3, 4, grad=True), d])
case("unbind/1d", "unbind", lambda x, d: x.unbind(d), [T(3, grad=True), 0])
case("unbind/empty_dim", "unbind", lambda x, d: x.unbind(d), [T(0, 3), 0])
case("unbind/0d", "unbind", lambda x, d: x.unbind(d), [T(), 0], check_message=True)
case("unbind/out_of_range", "unbind", lambda x, d: x.unbind(d), [T(2, 3), 2], check_message=True)

# ---------------------------------------------------------------- contiguous
case("contiguous/already", "contiguous", lambda x: x.contiguous(), [T(2, 3, grad=True)])
case("contiguous/transposed", "contiguousTransposed", lambda x: x.t().contiguous(), [T(3, 4, grad=True)])
case("contiguous/int", "contiguousTransposed", lambda x: x.t().contiguous(), [T(3, 4, dtype=i64, kind="int")])
case("contiguous/bool", "contiguousTransposed", lambda x: x.t().contiguous(), [T(3, 4, dtype=b8, kind="bool")])

# ---------------------------------------------------------------- chains (gradients through several views)
case("chain/view_t_narrow", "chainViews", lambda x: x.view(4, 6).t().narrow(0, 1, 3).unsqueeze(0).expand(2, 3, 4),
     [T(2, 3, 4, grad=True)])
case("chain/select_of_slice", "chainSlices", lambda x: slice_(x, 1, 1, None, 2).select(2, -1).squeeze(),
     [T(2, 5, 3, grad=True)])

# ---------------------------------------------------------------- the seed notes' tensor chapter
# Small int64 values and no gradients keep these thousands-of-element cases small; the
# small cases above check the gradients of the same ops.
SEED = dict(kind="int", dtype=i64, low=0, high=10)
case("seed/a.view(4,28*28)", "view", lambda x, s: x.view(s), [T(4, 1, 28, 28, **SEED), [4, 28 * 28]])
case("seed/a.view(4*1,28,28)", "view", lambda x, s: x.view(s), [T(4, 1, 28, 28, **SEED), [4 * 1, 28, 28]])
case("seed/b.view(4,28,28,1)", "view", lambda x, s: x.view(s), [T(4, 784, **SEED), [4, 28, 28, 1]])
case("seed/a.unsqueeze(0)", "unsqueeze", lambda x, d: x.unsqueeze(d), [T(4, 1, 28, 28, **SEED), 0])
case("seed/a.unsqueeze(-1)", "unsqueeze", lambda x, d: x.unsqueeze(d), [T(4, 1, 28, 28, **SEED), -1])
case("seed/b.squeeze()", "squeeze", lambda x: x.squeeze(), [T(1, 32, 1, 1, grad=True)])
for d in [0, -1, 1]:
    case("seed/b.squeeze(%d)" % d, "squeezeDim", lambda x, d: x.squeeze(d), [T(1, 32, 1, 1, grad=True), d])
case("seed/b.expand(4,32,14,14)", "expand", lambda x, s: x.expand(s), [T(1, 32, 1, 1, **SEED), [4, 32, 14, 14]])
case("seed/b.expand(-1,32,-1,-1)", "expand", lambda x, s: x.expand(s), [T(1, 32, 1, 1, grad=True), [-1, 32, -1, -1]])
# the notes claim shape [1, 32, 1, -4]; PyTorch 1.13 refuses the -4 (it reports a numel overflow)
case("seed/b.expand(-1,32,-1,-4)", "expand", lambda x, s: x.expand(s), [T(1, 32, 1, 1), [-1, 32, -1, -4]])
case("seed/a.t()", "t", lambda x: x.t(), [T(3, 4, grad=True)])
case("seed/a.transpose(1,3)", "transpose", lambda x, a, b: x.transpose(a, b), [T(4, 3, 32, 32, **SEED), 1, 3])
case("seed/a.transpose(1,3).view(4,3*32*32)", "viewTransposed13", lambda x, s: x.transpose(1, 3).view(s),
     [T(4, 3, 32, 32, **SEED), [4, 3 * 32 * 32]], check_message=True)
case("seed/transpose_contiguous_view_roundtrip", "seedRoundTrip",
     lambda x: x.transpose(1, 3).contiguous().view(4, 3 * 32 * 32).view(4, 32, 32, 3).transpose(1, 3),
     [T(4, 3, 32, 32, **SEED)])
case("seed/roundtrip_equals_a", "seedRoundTripEqual",
     lambda x: torch.all(torch.eq(x, x.transpose(1, 3).contiguous().view(4, 3 * 32 * 32).view(4, 32, 32, 3)
                                  .transpose(1, 3))), [T(4, 3, 32, 32, **SEED)])
case("seed/a.permute(0,2,3,1)", "permute", lambda x, p: x.permute(p), [T(4, 3, 28, 32, **SEED), [0, 2, 3, 1]])
for name, size, stride, off in [("2x2", (2, 2), (1, 2), 1), ("overlap", (3, 3), (1, 1), 0), ("1d", (4,), (3,), 2)]:
    case("as_strided/" + name, "as_strided", lambda x, size, stride, off: x.as_strided(size, stride, off),
         [T(3, 4, grad=True), list(size), list(stride), off])
write("views")
