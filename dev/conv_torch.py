# PyTorch's float64 autograd for conv-backprop cases (development check; see dev/conv-torch.mjs).
# Reads cases as JSON on stdin, writes each case's Z, dX, dW, db on stdout.
import json, sys
import torch
import torch.nn.functional as F

out = []
for case in json.load(sys.stdin):
    X = torch.tensor(case["input"], dtype=torch.float64, requires_grad=True)
    W = torch.tensor(case["filters"], dtype=torch.float64, requires_grad=True)  # [F, C, kh, kw]
    b = torch.tensor(case["bias"], dtype=torch.float64, requires_grad=True)
    Z = F.conv2d(X, W, b, stride=case["stride"], padding=case["padding"])
    Z.retain_grad()
    A = Z
    after = case.get("after")
    if after == "relu":
        A = F.relu(Z)
    elif isinstance(after, dict):
        A = F.max_pool2d(Z, after["maxpool"])
    if "upstream" in case:
        L = (A * torch.tensor(case["upstream"], dtype=torch.float64)).sum()
    elif "half-sse" in case["loss"]:
        L = 0.5 * ((A - torch.tensor(case["loss"]["half-sse"], dtype=torch.float64)) ** 2).sum()
    else:
        L = (A * torch.tensor(case["loss"]["weighted-sum"], dtype=torch.float64)).sum()
    L.backward()
    out.append({"Z": Z.tolist(), "dZ": Z.grad.tolist(), "dX": X.grad.tolist(), "dW": W.grad.tolist(), "db": b.grad.tolist()})
json.dump(out, sys.stdout)
