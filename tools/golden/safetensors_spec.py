"""safetensors from its specification (https://github.com/huggingface/safetensors#format), since Debian has no
safetensors package: an unsigned 64-bit little-endian header size N, N bytes of UTF-8 JSON
{name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {str: str}} (padded with spaces to 8 bytes),
then the byte buffer, which the tensors cover exactly, little-endian, row-major.

    save_file(tensors, path, metadata=None); load_file(path) -> OrderedDict; check_file(path) validates the layout.
"""
import collections
import json
import struct

import torch

DTYPES = {torch.float64: "F64", torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16",
          torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8", torch.uint8: "U8",
          torch.bool: "BOOL"}
CODES = {v: k for k, v in DTYPES.items()}


def _bytes(t):
    t = t.detach().contiguous()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().tobytes()
    return t.numpy().tobytes()


def save_file(tensors, path, metadata=None):
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = dict(metadata)
    for name, t in tensors.items():
        b = _bytes(t)
        header[name] = {"dtype": DTYPES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


def check_file(path):
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    assert 8 + n <= len(raw), "header length past end of file"
    header = json.loads(raw[8:8 + n].decode("utf-8"))
    data = raw[8 + n:]
    spans = []
    for name, info in header.items():
        if name == "__metadata__":
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in info.items())
            continue
        numel = 1
        for d in info["shape"]:
            numel *= d
        b, e = info["data_offsets"]
        elem = torch.empty((), dtype=CODES[info["dtype"]]).element_size()
        assert e - b == numel * elem, f"{name}: {e - b} bytes for {numel} elements"
        spans.append((b, e))
    spans.sort()
    pos = 0
    for b, e in spans:
        assert b == pos, "hole or overlap in the data buffer"
        pos = e
    assert pos == len(data), "data buffer not fully covered"
    return header, data


def load_file(path):
    header, data = check_file(path)
    out = collections.OrderedDict()
    for name, info in header.items():
        if name == "__metadata__":
            continue
        b, e = info["data_offsets"]
        dtype = CODES[info["dtype"]]
        if dtype == torch.bfloat16:
            t = torch.frombuffer(bytearray(data[b:e]), dtype=torch.int16).view(torch.bfloat16)
        else:
            t = torch.frombuffer(bytearray(data[b:e]), dtype=dtype) if e > b else torch.empty(0, dtype=dtype)
        out[name] = t.reshape(info["shape"])
    return out
