"""The names of torch's public functions (dir(torch)), for jtorch.TorchFunctionsTest: every Tensor method whose
PyTorch name is also a torch function must exist as a Torch static taking the tensor first.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/torch_functions.py
"""
import os

import torch

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "torch_functions.txt")
names = sorted(n for n in dir(torch) if not n.startswith("_") and callable(getattr(torch, n)))
with open(OUT, "w") as f:
    f.write("# torch %s: callable public names of the torch module (tools/golden/torch_functions.py)\n" % torch.__version__)
    f.write("\n".join(names) + "\n")
print("wrote %d names to %s" % (len(names), os.path.relpath(OUT, ROOT)))
