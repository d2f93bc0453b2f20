"""Plain pickles holding numpy arrays, as CIFAR's python batches do, for jtorch's PicklesTest.

Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/numpy_pickles.py
Writes jtorch-core/src/test/resources/fixtures/numpy_pickles/*.pkl: the same dict pickled with protocol 2
(Python 3 writes bytes as _codecs.encode(str, 'latin1')) and protocol 4 (BINBYTES, FRAME, MEMOIZE), plus
one file per rejected case. PicklesTest checks what pickle.load(f, encoding="latin1") gives here.
"""
import os
import pickle

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "../../jtorch-core/src/test/resources/fixtures/numpy_pickles")


def sample():
    return {
        "data": np.arange(12, dtype=np.uint8).reshape(3, 4) * 20,  # 0..220, above 127 too
        "labels": [3, 0, 9],
        "batch_label": "testing batch 1 of 1",
        "f32": np.array([[1.5, -2.25], [float("inf"), 0.0]], dtype=np.float32),
        "i64": np.array([-1, 2**40], dtype=np.int64),
        "f8": np.array(0.125, dtype=np.float64),  # 0-d
        "empty": np.zeros((0, 3), dtype=np.int16),
        "flags": np.array([True, False]),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for proto in (2, 4):
        with open(os.path.join(OUT, f"sample_p{proto}.pkl"), "wb") as f:
            pickle.dump(sample(), f, protocol=proto)
    bad = {
        "fortran": np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3)),
        "bigendian": np.arange(3, dtype=">i4"),
        "object": np.array(["a", None], dtype=object),
        "complex": np.zeros(2, dtype=np.complex64),
    }
    for name, arr in bad.items():
        with open(os.path.join(OUT, f"bad_{name}.pkl"), "wb") as f:
            pickle.dump({"x": arr}, f, protocol=2)
    for proto in (2, 4):  # what the loader must reproduce
        with open(os.path.join(OUT, f"sample_p{proto}.pkl"), "rb") as f:
            d = pickle.load(f, encoding="latin1")
        assert np.array_equal(d["data"], sample()["data"])


if __name__ == "__main__":
    main()
