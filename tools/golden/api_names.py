"""PyTorch 1.13's public names, for jtorch.ApiNamesTest: the functions of `torch`, the methods and properties of
`torch.Tensor`, the functions of `torch.nn.functional` and the module classes of `torch.nn`. The test maps each
to jtorch's name (snake_case to camelCase) and fails on any name jtorch lacks that api_exclusions.txt does not
list with a reason.
Run: OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/api_names.py
"""
import os
import types

import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "jtorch-core", "src", "test", "resources", "fixtures", "api_names.txt")
FUNCTION_TYPES = (types.BuiltinFunctionType, types.FunctionType)


def public(ns):
    return [n for n in dir(ns) if not n.startswith("_")]


# torch: its functions (builtins and Python functions); types, dtypes, constants and submodules are not ops
torch_names = [n for n in public(torch) if isinstance(getattr(torch, n), FUNCTION_TYPES)]

# Tensor: methods (C and Python) and properties (jtorch spells properties as methods: x.shape -> x.shape())
tensor_names = [n for n in public(torch.Tensor)
                if type(getattr(torch.Tensor, n)).__name__ in ("method_descriptor", "function", "getset_descriptor")]

# F: its functions, without what the module merely imports for its own use (typing names, the
# __torch_function__ plumbing, TorchScript's boolean_dispatch)
IMPORTED = {"typing", "builtins", "torch._jit_internal", "torch.overrides", "torch._C"}
f_names = [n for n in public(F) if isinstance(getattr(F, n), FUNCTION_TYPES)
           and getattr(getattr(F, n), "__module__", None) not in IMPORTED]

# nn: the module classes torch.nn.modules exports
nn_names = sorted(nn.modules.__all__)

with open(OUT, "w") as f:
    f.write("# torch %s: public names (tools/golden/api_names.py); sections [torch] [Tensor] [F] [nn]\n"
            % torch.__version__)
    for section, names in (("torch", torch_names), ("Tensor", tensor_names), ("F", f_names), ("nn", nn_names)):
        f.write("[%s]\n" % section)
        f.write("".join(n + "\n" for n in sorted(set(names))))
print("wrote %d torch, %d Tensor, %d F, %d nn names to %s"
      % (len(torch_names), len(tensor_names), len(f_names), len(nn_names), os.path.relpath(OUT, ROOT)))
