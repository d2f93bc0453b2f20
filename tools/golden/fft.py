"""Fixtures for jtorch.fft.Fft (jtorch.internal.ops.FftOps): fft, ifft, rfft, irfft, hfft, ihfft, fft2, ifft2, rfft2,
irfft2, hfft2, ihfft2, fftn, ifftn, rfftn, irfftn, hfftn, ihfftn, fftfreq, rfftfreq, fftshift, ifftshift, and
torch.stft / torch.istft (jtorch.internal.ops.StftOps). Writes
jtorch-core/src/test/resources/fixtures/ops/fft.json; run with Debian's PyTorch 1.13:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/fft.py

jtorch has no complex dtype: a complex tensor is its torch.view_as_real form (a trailing dim of size 2). So every
case records torch.view_as_real of PyTorch's complex result, and an op name ending in "_c" passes its first argument
in that form (the PyTorch side calls torch.view_as_complex on it first); other ops pass real tensors. Gradients are
those of the view_as_real output with respect to the real (or view_as_real) input, which is exactly what jtorch
computes. grad_fn is the transform's own node (FftC2CBackward0, FftR2CBackward0, FftC2RBackward0; for fftshift
RollBackward0): the view_as_real / view_as_complex / conj wrappers around it have no jtorch counterpart.
"""
import torch
import golden
from golden import T, case, write

f32, f64, i64, b8, f16, bf16 = torch.float32, torch.float64, torch.int64, torch.bool, torch.float16, torch.bfloat16
FFT = torch.fft
_node = [None]


def _transform_node(y):
    g = y.grad_fn
    while g is not None and type(g).__name__ in ("ViewAsRealBackward0", "ConjBackward0"):
        g = g.next_functions[0][0]
    return None if g is None else type(g).__name__


def _out(y):
    _node[0] = _transform_node(y) if y.requires_grad else None
    return torch.view_as_real(y.resolve_conj()) if y.is_complex() else y


def real(fn):
    return lambda x, *a, **k: _out(fn(x, *a, **k))


def cplx(fn):
    return lambda x, *a, **k: _out(fn(torch.view_as_complex(x), *a, **k))


def fcase(name, op, fn, args, kwargs=None, **kw):
    """golden.case, then the grad_fn replaced by the transform's node (see the module docstring)."""
    _node[0] = None
    case(name, op, fn, args, kwargs, **kw)
    c = golden._cases[-1]
    if "grad_fn" in c:
        c["grad_fn"] = _node[0]


ONE_D = ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft"]
N_D = ["fft2", "ifft2", "rfft2", "irfft2", "hfft2", "ihfft2", "fftn", "ifftn", "rfftn", "irfftn", "hfftn", "ihfftn"]
REAL_ONLY = {"rfft", "ihfft", "rfft2", "rfftn", "ihfft2", "ihfftn"}
# complex inputs in view_as_real form (last dim 2): C(4) is a complex vector of 4
def C(*shape, dtype=f32, grad=True, **kw):
    return T(*shape, 2, dtype=dtype, grad=grad, **kw)


# ---------------------------------------------------------------- one-dimensional transforms
for name in ONE_D:
    f = getattr(FFT, name)
    # real input (every 1-D transform takes one: irfft/hfft read it as complex with zero imaginary parts)
    fcase(name + "/real", name, real(f), [T(8, grad=True)])
    fcase(name + "/real_odd", name, real(f), [T(7, grad=True)])
    fcase(name + "/real_batch_dim0", name, real(f), [T(5, 3, grad=True)], {"dim": 0})
    fcase(name + "/real_f64", name, real(f), [T(3, 6, dtype=f64, grad=True)])
    fcase(name + "/real_pad", name, real(f), [T(2, 5, grad=True)], {"n": 9})
    fcase(name + "/real_trim", name, real(f), [T(2, 9, grad=True)], {"n": 4, "dim": -1})
    for norm in ("backward", "forward", "ortho"):
        fcase(name + "/real_norm_" + norm, name, real(f), [T(3, 6, dtype=f64, grad=True)], {"norm": norm})
    fcase(name + "/real_i64", name, real(f), [T(6, dtype=i64, kind="int")])
    fcase(name + "/real_bool", name, real(f), [T(5, dtype=b8, kind="bool")])
    fcase(name + "/real_empty_batch", name, real(f), [T(0, 6, grad=True)])
    fcase(name + "/real_prime_13", name, real(f), [T(13, dtype=f64, grad=True)])
    # a prime above the kernel's largest direct radix: Bluestein
    fcase(name + "/real_prime_67", name, real(f), [T(2, 67, dtype=f64, grad=True)])
    fcase(name + "/real_prime_67_f32", name, real(f), [T(67)], tol={"rtol": 1e-4, "atol": 1e-4})
    fcase(name + "/real_len1", name, real(f), [T(3, 1, grad=True)], {"n": 1} if name in ("irfft", "hfft") else {})
    fcase(name + "/real_f16", name, real(f), [T(4, dtype=f16)], check_message=True)
    fcase(name + "/real_bf16", name, real(f), [T(4, dtype=bf16)], check_message=True)
    fcase(name + "/bad_norm", name, real(f), [T(4)], {"norm": "sideways"}, check_message=True)
    fcase(name + "/n_zero", name, real(f), [T(4)], {"n": 0}, check_message=True)
    fcase(name + "/n_negative", name, real(f), [T(4)], {"n": -3}, check_message=True)
    fcase(name + "/dim_out_of_range", name, real(f), [T(3, 4)], {"dim": 2}, check_message=True)
    fcase(name + "/0d", name, real(f), [T()], check_message=True)
    if name not in REAL_ONLY:
        fcase(name + "/complex", name + "_c", cplx(f), [C(8)])
        fcase(name + "/complex_odd_f64", name + "_c", cplx(f), [C(2, 9, dtype=f64)])
        fcase(name + "/complex_dim0", name + "_c", cplx(f), [C(6, 3)], {"dim": 0})
        fcase(name + "/complex_pad", name + "_c", cplx(f), [C(3, 5)], {"n": 11})
        fcase(name + "/complex_trim", name + "_c", cplx(f), [C(3, 10)], {"n": 4})
        for norm in ("backward", "forward", "ortho"):
            fcase(name + "/complex_norm_" + norm, name + "_c", cplx(f), [C(4, 5, dtype=f64)], {"n": 6, "norm": norm})
        fcase(name + "/complex_prime_37", name + "_c", cplx(f), [C(37, dtype=f64)])
        fcase(name + "/complex_empty_batch", name + "_c", cplx(f), [C(0, 4)])
        fcase(name + "/complex_dim_out_of_range", name + "_c", cplx(f), [C(3, 4)], {"dim": -3}, check_message=True)

# irfft / hfft: default n from the bins, and half-spectra too short for any output
for name in ("irfft", "hfft"):
    f = getattr(FFT, name)
    fcase(name + "/complex_one_bin", name + "_c", cplx(f), [C(1)], check_message=True)
    fcase(name + "/complex_one_bin_n1", name + "_c", cplx(f), [C(1)], {"n": 1})
    fcase(name + "/complex_odd_n", name + "_c", cplx(f), [C(2, 5)], {"n": 9})
    fcase(name + "/complex_even_n", name + "_c", cplx(f), [C(2, 5)], {"n": 8})

# a real signal whose last dim happens to have size 2: jtorch reads it as real only when told (complexInput(false))
fcase("fft/real_last_dim_2", "fft_real", real(FFT.fft), [T(3, 2, grad=True)], {"dim": 0})
fcase("irfft/real_last_dim_2", "irfft_real", real(FFT.irfft), [T(3, 2, grad=True)], {"dim": 0})

# special values: nan and inf stay in their own components where PyTorch's butterflies keep them apart
for values in ([1.0, float("nan"), 2.0, 3.0], [1.0, float("inf"), 2.0, 3.0], [float("-inf"), 0.5, 0.0, -2.0]):
    tag = "nan" if values[1] != values[1] else "inf"
    fcase("fft/special_" + tag + str(values[0]), "fft", real(FFT.fft), [T(4, values=values)])
    fcase("fft/special_complex_" + tag + str(values[0]), "fft_c", cplx(FFT.fft),
          [T(2, 2, values=values)])

# ---------------------------------------------------------------- n-dimensional transforms
for name in N_D:
    f = getattr(FFT, name)
    two = name.endswith("2")
    fcase(name + "/real", name, real(f), [T(4, 6, grad=True)])
    fcase(name + "/real_3d", name, real(f), [T(3, 4, 5, dtype=f64, grad=True)])
    fcase(name + "/real_dims", name, real(f), [T(3, 4, 5, grad=True)], {"dim": [0, 2]})
    fcase(name + "/real_dims_reversed", name, real(f), [T(3, 4, 5, dtype=f64, grad=True)], {"dim": [2, 0]})
    fcase(name + "/real_s", name, real(f), [T(3, 4, 5, grad=True)], {"s": [6, 3]})
    fcase(name + "/real_s_keep", name, real(f), [T(3, 4, 5, dtype=f64, grad=True)], {"s": [-1, 8]})
    fcase(name + "/real_s_dims", name, real(f), [T(3, 4, 5, grad=True)], {"s": [4, 7], "dim": [-1, 0]})
    for norm in ("forward", "ortho"):
        fcase(name + "/real_norm_" + norm, name, real(f), [T(4, 5, dtype=f64, grad=True)], {"norm": norm})
    fcase(name + "/real_i64", name, real(f), [T(3, 5, dtype=i64, kind="int")])
    fcase(name + "/real_empty", name, real(f), [T(0, 4, 5, grad=True)], {"dim": [1, 2]})
    fcase(name + "/real_bluestein", name, real(f), [T(3, 41, dtype=f64, grad=True)])
    fcase(name + "/dup_dims", name, real(f), [T(3, 4)], {"dim": [1, -1]}, check_message=True)
    fcase(name + "/s_dim_mismatch", name, real(f), [T(3, 4)], {"s": [3], "dim": [0, 1]}, check_message=True)
    fcase(name + "/s_too_long", name, real(f), [T(3, 4)], {"s": [2, 2, 2], "dim": None} if not two
          else {"s": [2, 2, 2], "dim": [0, 1, 1]}, check_message=True)
    fcase(name + "/s_zero", name, real(f), [T(3, 4)], {"s": [0, 3]}, check_message=True)
    fcase(name + "/dim_out_of_range", name, real(f), [T(3, 4)], {"dim": [0, 2]}, check_message=True)
    fcase(name + "/real_f16", name, real(f), [T(3, 4, dtype=f16)], check_message=True)
    fcase(name + "/bad_norm", name, real(f), [T(3, 4)], {"norm": "both"}, check_message=True)
    if two:
        fcase(name + "/1d", name, real(f), [T(4)], check_message=True)
    else:
        if name in ("rfftn", "irfftn", "hfftn", "ihfftn"):
            # (fftn/ifftn with dim=[] return uninitialised memory in PyTorch 1.13; jtorch returns the input as complex)
            fcase(name + "/no_dims", name, real(f), [T(3, 4)], {"dim": []}, check_message=True)
        fcase(name + "/0d", name, real(f), [T()], check_message=True)
        fcase(name + "/s_only_last", name, real(f), [T(3, 4, 6, grad=True)], {"s": [5]})
    if name not in REAL_ONLY:
        fcase(name + "/complex", name + "_c", cplx(f), [C(4, 6)])
        fcase(name + "/complex_3d_f64", name + "_c", cplx(f), [C(2, 3, 5, dtype=f64)])
        fcase(name + "/complex_s_dims", name + "_c", cplx(f), [C(3, 4, 5)], {"s": [3, 6], "dim": [2, 0]})
        fcase(name + "/complex_norm_ortho", name + "_c", cplx(f), [C(4, 3, dtype=f64)], {"norm": "ortho"})

for name in ("irfftn", "hfftn"):
    f = getattr(FFT, name)
    fcase(name + "/complex_s_odd_last", name + "_c", cplx(f), [C(3, 4)], {"s": [3, 7]})
    fcase(name + "/complex_s_keep_last", name + "_c", cplx(f), [C(3, 4)], {"s": [5, -1]})
    fcase(name + "/complex_one_bin", name + "_c", cplx(f), [C(3, 1)], check_message=True)
    fcase(name + "/complex_one_dim", name + "_c", cplx(f), [C(3, 4)], {"dim": [0], "norm": "forward"})
fcase("ihfftn/one_dim", "ihfftn", real(FFT.ihfftn), [T(3, 4, grad=True)], {"dim": [0], "norm": "ortho"})
fcase("fftn/complex_0d", "fftn_c", cplx(FFT.fftn), [C()], check_message=True)

# ---------------------------------------------------------------- frequencies and shifts
for n, d in ((1, 1.0), (4, 1.0), (7, 0.1), (8, 0.25), (0, 1.0), (5, 0.0), (6, -2.0)):
    case("fftfreq/n%d_d%g" % (n, d), "fftfreq", FFT.fftfreq, [n, d])
    case("rfftfreq/n%d_d%g" % (n, d), "rfftfreq", FFT.rfftfreq, [n, d])
case("fftfreq/default_d", "fftfreq", FFT.fftfreq, [9])
case("fftfreq/negative", "fftfreq", FFT.fftfreq, [-1], check_message=True)


def with_dtype(fn):
    """The dtype keyword travels as a string in JSON."""
    return lambda *a, dtype=None: fn(*a, dtype=getattr(torch, dtype) if dtype else None)


case("fftfreq/f64", "fftfreq", with_dtype(FFT.fftfreq), [7, 0.3], {"dtype": "float64"})
case("rfftfreq/f64", "rfftfreq", with_dtype(FFT.rfftfreq), [10, 0.7], {"dtype": "float64"})
case("fftfreq/i64", "fftfreq", with_dtype(FFT.fftfreq), [4], {"dtype": "int64"}, check_message=True)
case("rfftfreq/i64", "rfftfreq", with_dtype(FFT.rfftfreq), [4], {"dtype": "int64"}, check_message=True)

for name in ("fftshift", "ifftshift"):
    f = getattr(FFT, name)
    fcase(name + "/1d_odd", name, real(f), [T(7, grad=True)])
    fcase(name + "/2d_all", name, real(f), [T(4, 5, grad=True)])
    fcase(name + "/dim", name, real(f), [T(4, 5, 3, dtype=f64, grad=True)], {"dim": 1})
    fcase(name + "/dims", name, real(f), [T(4, 5, 3, grad=True)], {"dim": [0, -1]})
    fcase(name + "/i64", name, real(f), [T(6, dtype=i64, kind="int")])
    fcase(name + "/complex_all", name + "_c", cplx(f), [C(3, 4)])
    fcase(name + "/complex_dim", name + "_c", cplx(f), [C(3, 5)], {"dim": -1})
    fcase(name + "/spectrum", name, real(f), [T(6, values=FFT.fftfreq(6).tolist())])
    fcase(name + "/0d", name, real(f), [T()], check_message=True)
    fcase(name + "/dim_out_of_range", name, real(f), [T(3)], {"dim": 2}, check_message=True)

# ---------------------------------------------------------------- stft / istft
# composites in both libraries (no node of their own), so no grad_fn is recorded; outputs are return_complex=False's


def scase(name, op, fn, args, kwargs=None, **kw):
    case(name, op, fn, args, kwargs, **kw)
    golden._cases[-1].pop("grad_fn", None)


def stft(x, n_fft, window=None, **k):
    return torch.stft(x, n_fft, window=window, return_complex=False, **k)


def stft_c(x, n_fft, window=None, **k):
    return torch.stft(torch.view_as_complex(x), n_fft, window=window, return_complex=False, **k)


def istft(s, n_fft, window=None, **k):
    y = torch.istft(torch.view_as_complex(s), n_fft, window=window, **k)
    return torch.view_as_real(y) if y.is_complex() else y


HANN8 = torch.hann_window(8).tolist()
scase("stft/default", "stft", stft, [T(20, grad=True), 8])
scase("stft/batch", "stft", stft, [T(2, 24, grad=True), 8])
scase("stft/f64_hop", "stft", stft, [T(30, dtype=f64, grad=True), 8], {"hop_length": 3})
scase("stft/hann", "stft", stft, [T(2, 20, grad=True), 8, T(8, values=HANN8)])
scase("stft/window_grad", "stft", stft, [T(20, dtype=f64, grad=True), 8, T(8, dtype=f64, grad=True)])
scase("stft/win_length", "stft", stft, [T(20, grad=True), 8, T(5, grad=True)], {"win_length": 5, "hop_length": 2})
scase("stft/win_length_no_window", "stft", stft, [T(20, grad=True), 8], {"win_length": 6})
scase("stft/window_f64_signal_f32", "stft", stft, [T(20), 8, T(8, dtype=f64)])
scase("stft/no_center", "stft", stft, [T(20, grad=True), 8], {"center": False})
scase("stft/no_center_odd", "stft", stft, [T(2, 21, dtype=f64, grad=True), 7], {"center": False, "hop_length": 2})
for mode in ("constant", "replicate", "circular"):
    scase("stft/pad_" + mode, "stft", stft, [T(20, grad=True), 8], {"pad_mode": mode})
scase("stft/normalized", "stft", stft, [T(20, dtype=f64, grad=True), 8], {"normalized": True})
scase("stft/two_sided", "stft", stft, [T(20, grad=True), 8], {"onesided": False})
scase("stft/odd_n_fft", "stft", stft, [T(25, grad=True), 9], {"hop_length": 4})
scase("stft/n_fft_equals_length", "stft", stft, [T(8, grad=True), 8], {"center": False})
scase("stft/complex", "stft_c", stft_c, [C(20), 8])
scase("stft/complex_batch_window", "stft_c", stft_c, [C(2, 16, dtype=f64), 6, T(6, dtype=f64, grad=True)],
      {"hop_length": 2})
scase("stft/complex_no_center", "stft_c", stft_c, [C(16), 8], {"center": False})
scase("stft/n_fft_too_big", "stft", stft, [T(20), 64], {"center": False}, check_message=True)
scase("stft/n_fft_zero", "stft", stft, [T(20), 0], check_message=True)
scase("stft/hop_zero", "stft", stft, [T(20), 8], {"hop_length": 0}, check_message=True)
scase("stft/win_too_long", "stft", stft, [T(20), 8], {"win_length": 9}, check_message=True)
scase("stft/win_zero", "stft", stft, [T(20), 8], {"win_length": 0}, check_message=True)
scase("stft/bad_window", "stft", stft, [T(20), 8, T(5)], check_message=True)
scase("stft/bad_window_onesided", "stft", stft, [T(20), 8, T(5)], {"onesided": True, "normalized": True},
      check_message=True)
scase("stft/3d", "stft", stft, [T(2, 2, 20), 8], check_message=True)
scase("stft/0d", "stft", stft, [T(), 8], check_message=True)
scase("stft/too_short_to_reflect", "stft", stft, [T(3), 8], check_message=True)
scase("stft/bad_pad_mode", "stft", stft, [T(20), 8], {"pad_mode": "wrap"}, check_message=True)
scase("stft/i64", "stft", stft, [T(20, dtype=i64, kind="int"), 8])
scase("stft/complex_onesided", "stft_c", stft_c, [C(20), 8], {"onesided": True}, check_message=True)

scase("istft/default", "istft", istft, [C(5, 11, grad=True), 8])
scase("istft/batch_f64", "istft", istft, [C(2, 5, 9, dtype=f64, grad=True), 8])
scase("istft/hann_hop", "istft", istft, [C(5, 13, grad=True), 8, T(8, values=HANN8)], {"hop_length": 2})
scase("istft/window_grad", "istft", istft, [C(5, 11, dtype=f64, grad=True), 8, T(8, dtype=f64, grad=True)],
      {"hop_length": 2, "length": 18})
scase("istft/win_length", "istft", istft, [C(5, 11, grad=True), 8, T(6, kind="positive")],
      {"win_length": 6, "hop_length": 2})
scase("istft/no_center", "istft", istft, [C(5, 7, dtype=f64, grad=True), 8], {"center": False})
scase("istft/normalized", "istft", istft, [C(5, 11, grad=True), 8], {"normalized": True})
scase("istft/length_short", "istft", istft, [C(5, 11, grad=True), 8], {"length": 13})
scase("istft/length_long", "istft", istft, [C(5, 11, grad=True), 8], {"length": 30})
scase("istft/two_sided", "istft", istft, [C(8, 11, grad=True), 8])
scase("istft/two_sided_explicit", "istft", istft, [C(8, 11, grad=True), 8], {"onesided": False})
scase("istft/return_complex", "istft", istft, [C(8, 11, grad=True), 8], {"return_complex": True})
scase("istft/return_complex_length", "istft", istft, [C(2, 8, 9, dtype=f64, grad=True), 8],
      {"return_complex": True, "length": 12})
scase("istft/odd_n_fft", "istft", istft, [C(5, 9, grad=True), 9], {"hop_length": 3})
scase("istft/empty", "istft", istft, [C(5, 0), 8], check_message=True)
scase("istft/1d", "istft", istft, [C(11), 8], check_message=True)
scase("istft/4d", "istft", istft, [C(1, 1, 5, 11), 8], check_message=True)
scase("istft/bad_freq_onesided", "istft", istft, [C(4, 11), 8], check_message=True)
scase("istft/bad_freq_two_sided", "istft", istft, [C(4, 11), 8], {"onesided": False}, check_message=True)
scase("istft/hop_too_long", "istft", istft, [C(5, 11), 8], {"hop_length": 9}, check_message=True)
scase("istft/win_too_long", "istft", istft, [C(5, 11), 8], {"win_length": 9}, check_message=True)
scase("istft/bad_window", "istft", istft, [C(5, 11), 8, T(3)], check_message=True)
scase("istft/nola", "istft", istft, [C(5, 11), 8, T(8, values=[0.0] * 8)], check_message=True)
scase("istft/nola_no_center", "istft", istft, [C(5, 7), 8, T(8, values=HANN8)], {"center": False},
      check_message=True)
scase("istft/return_complex_onesided", "istft", istft, [C(5, 11), 8], {"return_complex": True},
      check_message=True)

write("fft")
