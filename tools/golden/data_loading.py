#!/usr/bin/env python3
# Golden data for jtorch.utils.data (jtorch-core/src/test/java/jtorch/utils/data/DataFixtureTest.java).
#
# Writes jtorch-core/src/test/resources/fixtures/data/data_loading.json with what PyTorch 1.13's
# torch.utils.data draws for given seeds: a shuffled DataLoader's batches over two epochs (the
# loader draws its base seed, then RandomSampler draws its own seed, from the default generator
# or from the loader's generator), random_split index lists (lengths and fractions), k-fold
# (train, validation) index lists (randperm + sklearn.model_selection.KFold's fold sizes),
# RandomSampler with replacement, SubsetRandomSampler, WeightedRandomSampler (with and without
# replacement) and DistributedSampler indices. Run as:
#
#     OMP_NUM_THREADS=2 /usr/bin/python3 tools/golden/data_loading.py
import json
import os

import torch
from torch.utils.data import (BatchSampler, DataLoader, DistributedSampler, RandomSampler,
                              SubsetRandomSampler, WeightedRandomSampler, random_split)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "jtorch-core", "src",
                   "test", "resources", "fixtures", "data", "data_loading.json")


def loader_epochs(n, batch_size, drop_last, seed, use_generator, epochs=2):
    data = list(range(n))
    if use_generator:
        g = torch.Generator().manual_seed(seed)
        loader = DataLoader(data, batch_size=batch_size, shuffle=True, drop_last=drop_last, generator=g)
    else:
        torch.manual_seed(seed)
        loader = DataLoader(data, batch_size=batch_size, shuffle=True, drop_last=drop_last)
    return [[b.tolist() for b in loader] for _ in range(epochs)]


def kfold(n, k, seed):
    g = torch.Generator().manual_seed(seed)
    perm = torch.randperm(n, generator=g).tolist()
    sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
    folds, start = [], 0
    for s in sizes:
        val = perm[start:start + s]
        train = perm[:start] + perm[start + s:]
        folds.append({"train": train, "val": val})
        start += s
    return folds


def main():
    out = {}
    out["random_int64"] = []
    for seed in [0, 1, 42, 2 ** 40 + 3]:
        g = torch.Generator().manual_seed(seed)
        vals = [int(torch.empty((), dtype=torch.int64).random_(generator=g).item()) for _ in range(3)]
        out["random_int64"].append({"seed": seed, "values": [str(v) for v in vals]})

    out["loader"] = []
    for n, bs, dl, seed, ug in [(10, 4, False, 0, False), (23, 5, True, 7, False), (23, 5, False, 7, True),
                                (100, 8, False, 1234, False), (37, 37, False, 3, True)]:
        out["loader"].append({"n": n, "batch_size": bs, "drop_last": dl, "seed": seed, "generator": ug,
                              "epochs": loader_epochs(n, bs, dl, seed, ug)})

    out["random_split"] = []
    for n, lengths, seed, ug in [(10, [7, 2, 1], 42, True), (23, [0.8, 0.1, 0.1], 0, True),
                                 (30, [0.3, 0.3, 0.4], 42, True), (60, [50, 10], 5, False),
                                 (7, [0.5, 0.5], 9, True)]:
        if ug:
            parts = random_split(range(n), lengths, generator=torch.Generator().manual_seed(seed))
        else:
            torch.manual_seed(seed)
            parts = random_split(range(n), lengths)
        out["random_split"].append({"n": n, "lengths": lengths, "seed": seed, "generator": ug,
                                    "splits": [list(p.indices) for p in parts]})

    out["kfold"] = [{"n": n, "k": k, "seed": seed, "folds": kfold(n, k, seed)}
                    for n, k, seed in [(10, 5, 0), (23, 4, 42), (7, 3, 1)]]

    out["random_sampler"] = []
    for n, ns, repl, seed in [(10, 40, True, 3), (10, 25, False, 4), (50, 70, True, 5)]:
        g = torch.Generator().manual_seed(seed)
        out["random_sampler"].append({"n": n, "num_samples": ns, "replacement": repl, "seed": seed,
                                      "indices": list(RandomSampler(range(n), replacement=repl, num_samples=ns,
                                                                    generator=g))})
    torch.manual_seed(11)
    out["random_sampler_default"] = {"n": 12, "seed": 11, "epochs": [list(RandomSampler(range(12)))
                                                                     for _ in range(2)]}

    out["subset_random"] = []
    for idx, seed in [([3, 9, 4, 17, 2, 8], 5), (list(range(20, 40)), 6)]:
        g = torch.Generator().manual_seed(seed)
        out["subset_random"].append({"indices": idx, "seed": seed,
                                     "samples": [int(i) for i in SubsetRandomSampler(idx, generator=g)]})

    out["weighted"] = []
    for w, ns, repl, seed in [([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 5, True, 0),
                              ([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 40, True, 1),
                              ([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 5, False, 2),
                              ([1.0, 2.0, 0.0, 4.0], 1, True, 3),
                              ([0.25] * 8 + [2.0] * 4, 12, False, 4),
                              ([0.5, 0.5, 1.0, 3.0, 1e-3], 200, True, 5)]:
        g = torch.Generator().manual_seed(seed)
        out["weighted"].append({"weights": w, "num_samples": ns, "replacement": repl, "seed": seed,
                                "samples": list(WeightedRandomSampler(w, ns, replacement=repl, generator=g))})

    out["distributed"] = []
    for n, reps, shuffle, dl, seed in [(10, 3, True, False, 0), (10, 3, False, False, 0), (10, 3, True, True, 0),
                                       (11, 4, True, False, 17), (2, 5, False, False, 0), (9, 3, True, True, 1)]:
        ranks = []
        for rank in range(reps):
            s = DistributedSampler(list(range(n)), num_replicas=reps, rank=rank, shuffle=shuffle, seed=seed,
                                   drop_last=dl)
            epochs = []
            for e in range(2):
                s.set_epoch(e)
                epochs.append(list(s))
            ranks.append(epochs)
        out["distributed"].append({"n": n, "num_replicas": reps, "shuffle": shuffle, "drop_last": dl,
                                   "seed": seed, "ranks": ranks})

    out["batch_sampler"] = [list(BatchSampler(range(10), 3, False)), list(BatchSampler(range(10), 3, True))]

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
