"""Compact encoding of large tensors for the nn fixture scripts: above LIMIT elements a tensor is stored as
a summary (SHA-256 of its little-endian element bytes, sum, sum of |x|, first and last 16 values) instead of
every value, which keeps fixtures of layers such as Linear(784, 256) small while still pinning them
exactly (jtorch.testing.TensorSummaries reads both forms)."""
import hashlib

from golden import enc

LIMIT = 1024


def enc_any(t):
    t = t.detach()
    if t.numel() <= LIMIT:
        return enc(t)
    flat = t.reshape(-1).contiguous()
    digest = hashlib.sha256(flat.numpy().astype(flat.numpy().dtype.newbyteorder("<")).tobytes()).hexdigest()
    return {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape),
            "summary": {"sha256": digest, "sum": float(flat.double().sum()), "abs_sum": float(flat.double().abs().sum()),
                        "head": flat[:16].tolist(), "tail": flat[-16:].tolist()}}
