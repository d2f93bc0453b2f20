#!/usr/bin/env python3
# Golden data for jtorch-observe (jtorch-observe/src/test/java/jtorch/...), written to
# jtorch-observe/src/test/resources/fixtures/observe/observe.json. TensorBoard and torchsummary are not
# installed here, so their computations are re-done below from their documented behaviour with NumPy and
# PyTorch 1.13:
# 1. crc: masked CRC32C of byte strings and whole TFRecord frames, CRC computed bitwise from the
#    Castagnoli polynomial (0x82F63B78, reflected) — independent of java.util.zip.CRC32C.
# 2. histogram: torch.utils.tensorboard's make_histogram over the default 'tensorflow' bins and over
#    bins=30, for fixed float32 values (np.histogram, then the trimming of empty buckets).
# 3. pr_curve: torch.utils.tensorboard.summary.compute_curve for fixed labels/predictions.
# 4. repr: Python's repr() of float32 values widened to double (tensors.tsv of add_embedding).
# 5. summary: torchsummary.summary's table for the seed's LeNet on (1, 32, 32) and the seed's ResNet34
#    on (3, 224, 224), hooks on every module except Sequential/ModuleList/the model, batch_size -1.
# 6. profiler: torch.profiler's top-level CPU ops (no parent op) and all ops with their counts for a LeNet
#    forward + cross_entropy.
# 7. graph: the nodes torch.utils.tensorboard._pytorch_graph.graph(model, input) builds for the seed's LeNet
#    (as class Net, the Java test's name) and one ResidualBlock with a shortcut. That module imports
#    TensorBoard's generated proto classes only to hold values, so plain stand-in classes are put in their
#    place (see tb_graph_module); the scoped names, ops, inputs and output shapes are PyTorch's own.
# 8. grids: torchvision.utils.make_grid(..., normalize=True, scale_each=True) of the seed's kernel and
#    feature-map visualisation scripts (003) for LeNet's conv2 weights and conv1 feature maps, channel 0.
# 9. video: the [T, H, W, C] uint8 frames add_video encodes (_prepare_video, then x255 and astype(uint8)).
# Run as:   OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/observe.py
import json
import os
import struct
from collections import OrderedDict

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "jtorch-observe", "src", "test", "resources", "fixtures", "observe")


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def masked(data):
    c = crc32c(data)
    return (((c >> 15) | (c << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def frame(data):
    header = struct.pack("<Q", len(data))
    return header + struct.pack("<I", masked(header)) + data + struct.pack("<I", masked(data))


def crc_fixtures():
    inputs = [b"", b"123456789", bytes(32), bytes(range(32)), b"brain.Event:2"]
    return {"crc32c": [[d.hex(), crc32c(d)] for d in inputs],
            "masked": [[d.hex(), masked(d)] for d in inputs],
            "frames": [[d.hex(), frame(d).hex()] for d in inputs]}


def default_bins():
    v = 1e-12
    buckets, neg = [], []
    while v < 1e20:
        buckets.append(v)
        neg.append(-v)
        v *= 1.1
    return neg[::-1] + [0] + buckets


def make_histogram(values, bins):
    values = values.reshape(-1)
    counts, limits = np.histogram(values, bins=bins)
    cum_counts = np.cumsum(np.greater(counts, 0))
    start, end = np.searchsorted(cum_counts, [0, cum_counts[-1] - 1], side="right")
    start = int(start)
    end = int(end) + 1
    counts = counts[start - 1:end] if start > 0 else np.concatenate([[0], counts[:end]])
    limits = limits[start:end + 1]
    return {"min": float(values.min()), "max": float(values.max()), "num": len(values), "sum": float(values.sum()),
            "sum_squares": float(values.dot(values)), "bucket_limit": [float(x) for x in limits],
            "bucket": [float(x) for x in counts]}


def histogram_fixtures():
    g = torch.Generator().manual_seed(3)
    values = (torch.randn(500, generator=g) * 0.3 + 0.05).numpy().astype(np.float32)
    values[:5] = [0.0, 1e-13, -2.5, 7.0, 0.5]
    return {"values": values.tolist(), "tensorflow": make_histogram(values, default_bins()),
            "bins30": make_histogram(values, 30)}


def compute_curve(labels, predictions, num_thresholds, weights=None):
    _MINIMUM_COUNT = 1e-7
    if weights is None:
        weights = 1.0
    bucket_indices = np.int32(np.floor(predictions * (num_thresholds - 1)))
    float_labels = labels.astype(np.float64)
    histogram_range = (0, num_thresholds - 1)
    tp_buckets, _ = np.histogram(bucket_indices, bins=num_thresholds, range=histogram_range,
                                 weights=float_labels * weights)
    fp_buckets, _ = np.histogram(bucket_indices, bins=num_thresholds, range=histogram_range,
                                 weights=(1.0 - float_labels) * weights)
    tp = np.cumsum(tp_buckets[::-1])[::-1]
    fp = np.cumsum(fp_buckets[::-1])[::-1]
    tn = fp[0] - fp
    fn = tp[0] - tp
    precision = tp / np.maximum(_MINIMUM_COUNT, tp + fp)
    recall = tp / np.maximum(_MINIMUM_COUNT, tp + fn)
    return np.stack((tp, fp, tn, fn, precision, recall))


def pr_fixtures():
    g = torch.Generator().manual_seed(5)
    labels = torch.randint(0, 2, (200,), generator=g)
    preds = torch.rand(200, generator=g)
    preds = torch.where(labels == 1, (preds * 0.7 + 0.3), preds * 0.8)
    preds[:3] = torch.tensor([0.0, 1.0, 0.5])
    out = {"labels": labels.tolist(), "predictions": preds.tolist()}
    for n in (127, 10):
        data = compute_curve(labels.numpy(), preds.numpy(), n)
        out["curve%d" % n] = np.float32(data).astype(np.float64).reshape(-1).tolist()
    return out


def repr_fixtures():
    vals = np.array([0.1, 1e-5, 1e-4, 123456.789, 1e16, 3e38, -2.5, 0.0, 1.0, 1e-45, 65504.0, 1234567.0,
                     0.000123, 99999999.0], dtype=np.float32)
    return [[float(v), repr(float(v))] for v in vals] + [[float(d), repr(float(d))] for d in
                                                         (1e15, 1e16, 123456789012345678.0, 0.3, 2.0 / 3)]


class LeNet(nn.Module):
    def __init__(self):
        super(LeNet, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


class ResidualBlock(nn.Module):
    def __init__(self, inchannel, outchannel, stride=1, shortcut=None):
        super(ResidualBlock, self).__init__()
        self.left = nn.Sequential(
            nn.Conv2d(inchannel, outchannel, 3, stride, 1, bias=False),
            nn.BatchNorm2d(outchannel),
            nn.ReLU(inplace=True),
            nn.Conv2d(outchannel, outchannel, 3, 1, 1, bias=False),
            nn.BatchNorm2d(outchannel))
        self.right = shortcut

    def forward(self, x):
        out = self.left(x)
        residual = x if self.right is None else self.right(x)
        out += residual
        return F.relu(out)


class ResNet34(nn.Module):
    def __init__(self, num_classes=2):
        super(ResNet34, self).__init__()
        self.pre = nn.Sequential(
            nn.Conv2d(3, 64, 7, 2, 3, bias=False),
            nn.BatchNorm2d(64),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(3, 2, 1))
        self.layer1 = self._make_layer(64, 128, 3)
        self.layer2 = self._make_layer(128, 256, 4, stride=2)
        self.layer3 = self._make_layer(256, 512, 6, stride=2)
        self.layer4 = self._make_layer(512, 512, 3, stride=2)
        self.fc = nn.Linear(512, num_classes)

    def _make_layer(self, inchannel, outchannel, block_num, stride=1):
        shortcut = nn.Sequential(
            nn.Conv2d(inchannel, outchannel, 1, stride, bias=False),
            nn.BatchNorm2d(outchannel))
        layers = [ResidualBlock(inchannel, outchannel, stride, shortcut)]
        for i in range(1, block_num):
            layers.append(ResidualBlock(outchannel, outchannel))
        return nn.Sequential(*layers)

    def forward(self, x):
        x = self.pre(x)
        x = self.layer1(x)
        x = self.layer2(x)
        x = self.layer3(x)
        x = self.layer4(x)
        x = F.avg_pool2d(x, 7)
        x = x.view(x.size(0), -1)
        return self.fc(x)


def torchsummary(model, input_size, batch_size=-1):
    """torchsummary.summary's algorithm and print layout, returning the printed text."""
    summary = OrderedDict()
    hooks = []

    def register_hook(module):
        def hook(module, input, output):
            class_name = str(module.__class__).split(".")[-1].split("'")[0]
            m_key = "%s-%i" % (class_name, len(summary) + 1)
            summary[m_key] = OrderedDict()
            summary[m_key]["output_shape"] = list(output.size())
            summary[m_key]["output_shape"][0] = batch_size
            params = 0
            if hasattr(module, "weight") and hasattr(module.weight, "size"):
                params += int(torch.prod(torch.LongTensor(list(module.weight.size()))))
                summary[m_key]["trainable"] = module.weight.requires_grad
            if hasattr(module, "bias") and hasattr(module.bias, "size"):
                params += int(torch.prod(torch.LongTensor(list(module.bias.size()))))
            summary[m_key]["nb_params"] = params

        if not isinstance(module, nn.Sequential) and not isinstance(module, nn.ModuleList) and not (module == model):
            hooks.append(module.register_forward_hook(hook))

    x = [torch.rand(2, *input_size)]
    model.apply(register_hook)
    model(*x)
    for h in hooks:
        h.remove()
    lines = ["----------------------------------------------------------------",
             "{:>20}  {:>25} {:>15}".format("Layer (type)", "Output Shape", "Param #"),
             "================================================================"]
    total_params = total_output = trainable_params = 0
    for layer in summary:
        lines.append("{:>20}  {:>25} {:>15}".format(layer, str(summary[layer]["output_shape"]),
                                                   "{0:,}".format(summary[layer]["nb_params"])))
        total_params += summary[layer]["nb_params"]
        total_output += np.prod(summary[layer]["output_shape"])
        if summary[layer].get("trainable") is True:
            trainable_params += summary[layer]["nb_params"]
    total_input_size = abs(np.prod(input_size) * batch_size * 4. / (1024 ** 2.))
    total_output_size = abs(2. * total_output * 4. / (1024 ** 2.))
    total_params_size = abs(total_params * 4. / (1024 ** 2.))
    total_size = total_params_size + total_output_size + total_input_size
    lines += ["================================================================",
              "Total params: {0:,}".format(total_params),
              "Trainable params: {0:,}".format(trainable_params),
              "Non-trainable params: {0:,}".format(total_params - trainable_params),
              "----------------------------------------------------------------",
              "Input size (MB): %0.2f" % total_input_size,
              "Forward/backward pass size (MB): %0.2f" % total_output_size,
              "Params size (MB): %0.2f" % total_params_size,
              "Estimated Total Size (MB): %0.2f" % total_size,
              "----------------------------------------------------------------"]
    return "\n".join(lines) + "\n", sum(p.numel() for p in model.parameters())


def profiler_fixtures():
    from torch.profiler import profile, ProfilerActivity
    torch.manual_seed(0)
    net = LeNet()
    x = torch.randn(4, 1, 32, 32)
    y = torch.tensor([1, 0, 3, 9])
    with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
        out = net(x)
        F.cross_entropy(out, y)
    top, every = OrderedDict(), OrderedDict()
    for e in prof.events():
        every[e.name] = every.get(e.name, 0) + 1
        if e.cpu_parent is None:
            top[e.name] = top.get(e.name, 0) + 1
    return {"top_level_ops": top, "all_ops": every}


def tb_graph_module():
    """torch/utils/tensorboard/_pytorch_graph.py loaded with stand-ins for tensorboard.compat.proto.*."""
    import importlib.util
    import sys
    import types

    class Msg:
        def __init__(self, **kw):
            self.__dict__.update(kw)

    def msg(name, **nested):
        return type(name, (Msg,), nested)

    protos = {"config_pb2": {"RunMetadata": msg("RunMetadata")},
              "graph_pb2": {"GraphDef": msg("GraphDef")},
              "step_stats_pb2": {"StepStats": msg("StepStats"), "DeviceStepStats": msg("DeviceStepStats")},
              "versions_pb2": {"VersionDef": msg("VersionDef")},
              "node_def_pb2": {"NodeDef": msg("NodeDef")},
              "attr_value_pb2": {"AttrValue": msg("AttrValue", ListValue=msg("ListValue"))},
              "tensor_shape_pb2": {"TensorShapeProto": msg("TensorShapeProto", Dim=msg("Dim"))}}
    for pkg in ("tensorboard", "tensorboard.compat", "tensorboard.compat.proto"):
        sys.modules.setdefault(pkg, types.ModuleType(pkg))
    for m, names in protos.items():
        mod = types.ModuleType("tensorboard.compat.proto." + m)
        mod.__dict__.update(names)
        sys.modules[mod.__name__] = mod
    d = os.path.join(os.path.dirname(torch.__file__), "utils", "tensorboard")
    pkg = types.ModuleType("tb_graph")
    pkg.__path__ = [d]
    sys.modules["tb_graph"] = pkg
    loaded = None
    for name in ("_proto_graph", "_pytorch_graph"):
        spec = importlib.util.spec_from_file_location("tb_graph." + name, os.path.join(d, name + ".py"))
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = loaded
        spec.loader.exec_module(loaded)
    return loaded


class Net(LeNet):
    pass


def graph_nodes(pg, model, x):
    gd, meta = pg.graph(model, (x,))
    out = []
    for n in gd.node:
        shapes = None
        if "_output_shapes" in n.attr:
            shapes = [[d.size for d in s.dim] for s in n.attr["_output_shapes"].list.shape]
        out.append({"name": n.name.decode(), "op": n.op, "input": list(n.input), "shapes": shapes,
                    "attr": n.attr["attr"].s.decode() if "attr" in n.attr else None})
    return {"nodes": out, "producer": gd.versions.producer,
            "device": meta.step_stats.dev_stats[0].device}


def graph_fixtures():
    pg = tb_graph_module()
    torch.manual_seed(0)
    lenet = graph_nodes(pg, Net(), torch.randn(1, 1, 32, 32))
    block = ResidualBlock(4, 8, 2, nn.Sequential(nn.Conv2d(4, 8, 1, 2, bias=False), nn.BatchNorm2d(8)))
    return {"lenet": lenet, "residual_block": graph_nodes(pg, block, torch.randn(1, 4, 8, 8))}


def grid_fixtures():
    import torchvision.utils as vutils
    torch.manual_seed(0)
    net = LeNet()
    x = torch.randn(1, 1, 32, 32)
    v = net.conv2.weight.detach()
    c_in = v.size(1)
    split0 = vutils.make_grid(v[0].unsqueeze(1), normalize=True, scale_each=True, nrow=c_in)
    every = vutils.make_grid(v.view(-1, 1, 5, 5), normalize=True, scale_each=True, nrow=c_in)
    with torch.no_grad():
        maps = F.relu(net.conv1(x))
    fmap = vutils.make_grid(maps.transpose(0, 1), normalize=True, scale_each=True, nrow=2)

    def g(t):
        return {"shape": list(t.shape), "channel0": t[0].reshape(-1).tolist(),
                "channels_equal": bool(torch.equal(t[0], t[1]) and torch.equal(t[0], t[2]))}

    return {"conv2_weight_sum": float(v.double().sum()), "conv2_split_in_channel_0": g(split0),
            "conv2_all": g(every), "conv1_feature_maps": g(fmap)}


def prepare_video(V):
    """torch.utils.tensorboard._utils._prepare_video (the moviepy-free half of add_video)."""
    b, t, c, h, w = V.shape
    if V.dtype == np.uint8:
        V = np.float32(V) / 255.0

    def is_power2(num):
        return num != 0 and ((num & (num - 1)) == 0)

    if not is_power2(V.shape[0]):
        len_addition = int(2 ** V.shape[0].bit_length() - V.shape[0])
        V = np.concatenate((V, np.zeros(shape=(len_addition, t, c, h, w))), axis=0)
    n_rows = 2 ** ((b.bit_length() - 1) // 2)
    n_cols = V.shape[0] // n_rows
    V = np.reshape(V, newshape=(n_rows, n_cols, t, c, h, w))
    V = np.transpose(V, axes=(2, 0, 4, 1, 5, 3))
    return np.reshape(V, newshape=(t, n_rows * h, n_cols * w, c))


def video_fixtures():
    g = torch.Generator().manual_seed(7)
    out = {}
    for name, vid in (("uint8", torch.randint(0, 256, (3, 4, 3, 5, 6), generator=g, dtype=torch.uint8)),
                      ("float", torch.rand(4, 3, 1, 4, 4, generator=g))):
        frames = prepare_video(vid.numpy()).astype(np.float32)
        frames = (frames * 255).astype(np.uint8)  # summary.video: x _calc_scale_factor (255 after _prepare_video)
        out[name] = {"video": vid.reshape(-1).tolist(), "shape": list(vid.shape), "frames_shape": list(frames.shape),
                     "frames": frames.reshape(-1).tolist()}
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)
    lenet_text, lenet_params = torchsummary(LeNet(), (1, 32, 32))
    resnet_text, resnet_params = torchsummary(ResNet34(), (3, 224, 224))
    data = {"crc": crc_fixtures(), "histogram": histogram_fixtures(), "pr_curve": pr_fixtures(),
            "repr": repr_fixtures(),
            "summary": {"lenet": lenet_text, "lenet_params": lenet_params,
                        "resnet34": resnet_text, "resnet34_params": resnet_params},
            "profiler": profiler_fixtures(), "graph": graph_fixtures(), "grids": grid_fixtures(),
            "video": video_fixtures()}
    with open(os.path.join(OUT, "observe.json"), "w") as f:
        json.dump(data, f, indent=1)
    print(lenet_text)
    print(resnet_text[-900:])
    print(data["profiler"])


if __name__ == "__main__":
    main()
