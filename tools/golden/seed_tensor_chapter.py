"""Prints the PyTorch 1.13 values that SeedTensorChapterTest pins for the random examples of the seed
notes' tensor chapter ("3、张量" in /work/shared/seeds/004_*.txt). jtorch's generator reproduces
PyTorch's, so the same seeds give the same numbers. Run:
    OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/seed_tensor_chapter.py
"""
import torch


def show(label, t):
    if isinstance(t, torch.Tensor):
        print("%s: dtype=%s shape=%s values=%s" % (label, t.dtype, list(t.shape), t.reshape(-1).tolist()))
    else:
        print("%s: %r" % (label, t))


torch.manual_seed(0)
a = torch.rand(4, 3, 28, 28)
show("rand(4,3,28,28)[0,0,2,4]", a[0, 0, 2, 4])
show("rand(4,3,28,28)[1,2,27,0]", a[1, 2, 27, 0])

torch.manual_seed(1)
show("randint(1,10,[3,3])", torch.randint(1, 10, [3, 3]))
show("randperm(10)", torch.randperm(10))
show("randn(2,3)", torch.randn(2, 3))

torch.manual_seed(2)
x = torch.randn(3, 4)
mask = x.ge(0.5)
show("randn(3,4)", x)
show("masked_select(x, x.ge(0.5))", torch.masked_select(x, mask))

torch.manual_seed(3)
prob = torch.randn(4, 10)
idx = prob.topk(dim=1, k=3)
show("prob.topk(3).values", idx[0])
show("prob.topk(3).indices", idx[1])
label = torch.arange(10) + 100
show("gather(label.expand(4,10), 1, idx)", torch.gather(label.expand(4, 10), dim=1, index=idx[1].long()))

torch.manual_seed(4)
a = torch.randn(4, 10)
show("randn(4,10)", a)
show("max(dim=1)", a.max(dim=1))
show("argmax()", a.argmax())
show("argmax(dim=1)", a.argmax(dim=1))
show("topk(5,dim=1,largest=False).indices", a.topk(5, dim=1, largest=False)[1])
show("kthvalue(8,dim=1)", a.kthvalue(8, dim=1))
show("norm(1)", a.norm(1))
show("norm(2)", a.norm(2))
show("norm(2,dim=1)", a.norm(2, dim=1))
