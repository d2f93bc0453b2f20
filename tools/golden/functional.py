"""Fixtures for the functional ops the autograd chapter uses: softmax, log_softmax, mse_loss
(jtorch.internal.ops.SoftmaxOps / LossOps via jtorch.nn.functional.F).
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/functional.py
"""
import torch
import torch.nn.functional as F
from golden import T, case, write

f64, i64 = torch.float64, torch.int64
for dim in [0, 1, -1]:
    case("softmax/2d_dim%d" % dim, "softmax", lambda x, dim: F.softmax(x, dim), [T(3, 4, grad=True), dim])
    case("log_softmax/2d_dim%d" % dim, "log_softmax", lambda x, dim: F.log_softmax(x, dim), [T(3, 4, grad=True), dim])
case("softmax/3d", "softmax", lambda x, dim: F.softmax(x, dim), [T(2, 3, 4, grad=True), 1])
case("softmax/1d", "softmax", lambda x, dim: F.softmax(x, dim), [T(5, grad=True), 0])
case("softmax/0d", "softmax", lambda x, dim: F.softmax(x, dim), [T(grad=True), 0])
case("softmax/large_values", "softmax", lambda x, dim: F.softmax(x, dim),
     [T(2, 3, values=[1000., 1001., 1002., -1000., 0., 1000.], grad=True), 1])
case("softmax/f64", "softmax", lambda x, dim: F.softmax(x, dim), [T(4, 6, dtype=f64, grad=True), 1])
case("softmax/int_input", "softmax", lambda x, dim: F.softmax(x, dim, dtype=torch.float32), [T(3, 4, dtype=i64, kind="int"), 1])
case("softmax/bad_dim", "softmax", lambda x, dim: F.softmax(x, dim), [T(3, 4), 2], check_message=True)
case("log_softmax/large_values", "log_softmax", lambda x, dim: F.log_softmax(x, dim),
     [T(2, 3, values=[1000., 1001., 1002., -1000., 0., 1000.], grad=True), 1])
case("log_softmax/f64_3d", "log_softmax", lambda x, dim: F.log_softmax(x, dim), [T(2, 3, 5, dtype=f64, grad=True), 2])
for red in ["mean", "sum", "none"]:
    case("mse_loss/" + red, "mse_loss", lambda a, b, reduction: F.mse_loss(a, b, reduction=reduction),
         [T(3, 4, grad=True), T(3, 4, grad=True), red])
    case("mse_loss/f64_" + red, "mse_loss", lambda a, b, reduction: F.mse_loss(a, b, reduction=reduction),
         [T(5, dtype=f64, grad=True), T(5, dtype=f64, grad=True), red])
case("mse_loss/broadcast_seed", "mse_loss", lambda a, b, reduction: F.mse_loss(a, b, reduction=reduction),
     [T(1, 1, grad=False), T(1, 2, grad=True), "mean"])
case("mse_loss/bad_reduction", "mse_loss", lambda a, b, reduction: F.mse_loss(a, b, reduction=reduction),
     [T(3), T(3), "avg"], check_message=True)
write("functional")
