"""gradecheck's PyTorch training engine (used when python3-torch is installed; see
src/kinds/training-claims/torch-engine.ts). It trains one model with one seed exactly as the
tfjs engine describes it (src/kinds/training-claims/train.ts, replica.ts, loop.ts): the same
layers, initialisers, optimiser, weight decay added to the gradients, batch mean of the
cross-entropy, running train figures over the epoch, test and validation figures after each epoch.

Input: one JSON job per line on stdin (a model and a seed; the process stays for the next one,
so torch is imported once per problem). The images are raw files written by the caller (float32
pixels in [0, 1], uint8 labels), read once. Output: one JSON object per line: progress
({"batch": [epoch, done, total]}), each epoch's figures ({"epoch": e, "metrics": {...}}), and
{"done": true} at the end of each job.
"""
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def split(d, name, shape):
    path = os.path.join(d, name)
    if not os.path.exists(path + ".x"):
        return None
    y = torch.from_numpy(np.fromfile(path + ".y", dtype=np.uint8).astype(np.int64))
    x = torch.from_numpy(np.fromfile(path + ".x", dtype=np.float32)).reshape(len(y), *shape)
    return x, y


def same_pad(size, k, s):
    """TensorFlow's 'same' padding (the extra pixel on the right/bottom)."""
    out = math.ceil(size / s)
    total = max((out - 1) * s + k - size, 0)
    return total // 2, total - total // 2


def build(spec, settings, classes):
    c, h, w = spec["input"] if len(spec["input"]) == 3 else (None, None, None)
    flat = spec["input"][0] if len(spec["input"]) == 1 else None
    mods, weighted = [], []
    layers = list(spec["layers"])
    if not layers or layers[-1]["type"] != "softmax":
        layers.append({"type": "softmax"})
    for i, l in enumerate(layers):
        t = l["type"]
        if t == "conv":
            k, s = l["kernel"], l.get("stride", 1)
            p = l.get("padding", 0)
            if p == "same":
                (pt, pb), (pl, pr) = same_pad(h, k, s), same_pad(w, k, s)
                mods.append(nn.ZeroPad2d((pl, pr, pt, pb)))
                h, w = h + pt + pb, w + pl + pr
                p = 0
            elif p == "valid":
                p = 0
            conv = nn.Conv2d(c, l["filters"], k, stride=s, padding=p, bias=l.get("bias", True))
            mods.append(conv)
            weighted.append(conv)
            c, h, w = l["filters"], (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
        elif t in ("maxpool", "avgpool"):
            k = l["size"]
            s = l.get("stride", k)
            mods.append((nn.MaxPool2d if t == "maxpool" else nn.AvgPool2d)(k, s))
            h, w = (h - k) // s + 1, (w - k) // s + 1
        elif t == "flatten":
            if flat is None:
                mods.append(nn.Flatten())
                flat = c * h * w
        elif t == "dense":
            if flat is None:
                mods.append(nn.Flatten())
                flat = c * h * w
            lin = nn.Linear(flat, l["units"], bias=l.get("bias", True))
            mods.append(lin)
            weighted.append(lin)
            flat = l["units"]
        elif t == "dropout":
            mods.append(nn.Dropout(l.get("rate", 0.5)))
        elif t == "batchnorm":
            # Keras's defaults: eps 1e-3, running averages with momentum 0.99 (PyTorch's 0.01).
            mods.append((nn.BatchNorm1d if flat is not None else nn.BatchNorm2d)(flat if flat is not None else c, eps=1e-3, momentum=0.01))
        elif t == "softmax":
            if i != len(layers) - 1:
                mods.append(nn.Softmax(dim=1))
        else:
            mods.append({"relu": nn.ReLU, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh}[t]())
    if flat != classes:
        raise SystemExit(f"model {spec['name']} ends with {flat} outputs; the data set has {classes} classes")
    init = settings["init"]
    for m in weighted:
        if init["kind"] == "pytorch":
            # PyTorch's own defaults (nn.Linear/nn.Conv2d.reset_parameters): Kaiming-uniform
            # weights with a = sqrt(5), biases uniform +-1/sqrt(fan_in). Drawn again here so the
            # draw follows the seed like every other initialiser.
            m.reset_parameters()
            continue
        if init["kind"] == "normal":
            nn.init.normal_(m.weight, 0.0, init["std"])
        elif init["kind"] == "he":
            fan_in = nn.init._calculate_fan_in_and_fan_out(m.weight)[0]
            std = math.sqrt(2.0 / fan_in) / 0.87962566103423978
            nn.init.trunc_normal_(m.weight, 0.0, std, -2 * std, 2 * std)
        else:
            nn.init.xavier_uniform_(m.weight)
        if m.bias is not None:
            nn.init.zeros_(m.bias)
    return nn.Sequential(*mods)


def optimizer(params, s):
    if s["optimizer"] == "adam":
        return torch.optim.Adam(params, lr=s["lr"], eps=1e-7, weight_decay=s["weightDecay"])
    momentum = s["momentum"] if s["optimizer"] == "sgd-momentum" else 0
    return torch.optim.SGD(params, lr=s["lr"], momentum=momentum, weight_decay=s["weightDecay"])


def evaluate(model, data):
    x, y = data
    loss, correct = 0.0, 0
    model.eval()
    with torch.no_grad():
        for b in range(0, len(y), 1000):
            logp = F.log_softmax(model(x[b : b + 1000]), dim=1)
            loss += F.nll_loss(logp, y[b : b + 1000], reduction="sum").item()
            correct += (logp.argmax(1) == y[b : b + 1000]).sum().item()
    model.train()
    return loss / len(y), correct / len(y)


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def train_one(job, data):
    torch.set_num_threads(job["threads"])
    spec, s = job["spec"], job["settings"]
    train, test, validation = data
    torch.manual_seed(job["seed"])
    model = build(spec, s, job["classes"])
    opt = optimizer(model.parameters(), s)
    shuffle = torch.Generator().manual_seed(job["seed"])
    x, y = train
    n = len(y)
    for epoch in range(1, s["epochs"] + 1):
        order = torch.randperm(n, generator=shuffle)
        loss_sum, correct, last = 0.0, 0, time.time()
        for b in range(0, n, s["batch"]):
            idx = order[b : b + s["batch"]]
            out = model(x[idx])
            loss = F.cross_entropy(out, y[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            loss_sum += loss.item() * len(idx)
            correct += (out.argmax(1) == y[idx]).sum().item()
            if time.time() - last > 0.25:
                emit({"batch": [epoch, min(b + s["batch"], n), n]})
                last = time.time()
        test_loss, test_acc = evaluate(model, test)
        m = {"trainLoss": loss_sum / n, "trainAccuracy": correct / n, "testLoss": test_loss, "testAccuracy": test_acc}
        if validation is not None:
            m["validationLoss"], m["validationAccuracy"] = evaluate(model, validation)
        emit({"epoch": epoch, "metrics": m})
    emit({"done": True})


def main():
    data = {}
    for line in sys.stdin:
        job = json.loads(line)
        shape = job["spec"]["input"] if len(job["spec"]["input"]) == 3 else [job["spec"]["input"][0]]
        key = tuple(shape)
        if key not in data:
            data[key] = tuple(split(job["dir"], n, shape) for n in ("train", "test", "validation"))
        train_one(job, data[key])


if __name__ == "__main__":
    main()
