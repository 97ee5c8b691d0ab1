#!/usr/bin/python3
"""Writes the PyTorch golden files that core's autograd parity tests read.

    /usr/bin/python3 tools/parity/make_golden_torch.py        (from the repository root)

Needs Debian's PyTorch (apt-get update && apt-get install -y python3-torch: torch 1.13), hence
/usr/bin/python3. The Java tests never run this: they read the JSON it writes to
core/src/test/resources/golden/torch_*.json. Everything is float64 on the CPU with one thread; the
inputs are drawn from numpy's seeded generator, so rerunning the script on the same versions rewrites
the files byte for byte.

  torch_ops.json         every op of core.autograd.Tensor: inputs, arguments, the output, an upstream
                         gradient, and the gradient of every input. Inputs may be views of a leaf
                         ("view": transpose, permute, slice with a step, expand), and then the gradient
                         is the leaf's. Shapes exercise broadcasting with size-1 axes and 0-d tensors.
  torch_micrograd.json   micrograd's README expression (as 0-d tensors), a shared-subexpression case,
                         and a small MLP (3 -> 4 -> 4 -> 1, relu, relu, linear) with micrograd's demo loss
                         (mean hinge loss + L2): the loss and the gradient of every parameter.

Tie rules recorded here (torch 1.13): max(dim) sends the gradient to the first maximum; amax splits it
evenly among tied maxima; relu'(0) = 0.
"""
import json
import os
import platform
import sys

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "core/src/test/resources/golden")
SCRIPT = "tools/parity/make_golden_torch.py"

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)


# ------------------------------------------------------------------ output (as make_golden.py writes it)
def versions():
    return {"python": platform.python_version(), "numpy": np.__version__, "torch": torch.__version__}


def write(name, payload):
    doc = {"generator": SCRIPT, "versions": versions()}
    doc.update(payload)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        f.write(to_json(doc, 0))
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(OUT, name), ROOT), file=sys.stderr)


def to_json(value, depth):
    """JSON with one list per line; floats as Python's repr (shortest string that round-trips)."""
    pad = "  " * (depth + 1)
    if isinstance(value, dict):
        items = [pad + json.dumps(k) + ": " + to_json(v, depth + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, (list, tuple, dict)) for v in value):
            return "[\n" + ",\n".join(pad + to_json(v, depth + 1) for v in value) + "\n" + "  " * depth + "]"
        return "[" + ", ".join(to_json(v, depth + 1) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not np.isfinite(value):
            raise ValueError("JSON has no NaN or infinity: %r" % value)
        return repr(value)
    return json.dumps(value)


def tensor(t):
    """A tensor as {"shape": [...], "data": [row-major entries]}."""
    t = t.detach().contiguous()
    return {"shape": list(t.shape), "data": [float(v) for v in t.reshape(-1).tolist()]}


# ------------------------------------------------------------------ inputs
RNG = np.random.default_rng(20240917)


def randn(*shape):
    return torch.tensor(RNG.standard_normal(shape))


def positive(*shape):
    return torch.tensor(0.5 + np.abs(RNG.standard_normal(shape)))


def away_from_zero(*shape):
    """Entries with |x| >= 0.25, for relu and division: no kink or pole within reach."""
    x = RNG.standard_normal(shape)
    return torch.tensor(np.sign(x) * (0.25 + np.abs(x)))


def ties(*shape):
    """Small whole numbers, so that maxima tie."""
    return torch.tensor(RNG.integers(0, 3, size=shape).astype(float))


def apply_view(x, view):
    for step in view:
        kind, args = step[0], step[1:]
        if kind == "transpose":
            x = x.transpose(args[0], args[1])
        elif kind == "permute":
            x = x.permute(*args)
        elif kind == "slice":
            axis, start, stop, stride = args
            index = [slice(None)] * x.dim()
            index[axis] = slice(start, stop, stride)
            x = x[tuple(index)]
        elif kind == "expand":
            x = x.expand(*args)
        else:
            raise ValueError(kind)
    return x


# ------------------------------------------------------------------ op cases
CASES = []


def case(op, name, leaves, fn, args=None, views=None):
    """Runs fn on the (viewed) leaves, backward with a random upstream gradient, and records it all."""
    views = views or [[] for _ in leaves]
    bases = [t.clone().requires_grad_(True) for t in leaves]
    xs = [apply_view(b, v) for b, v in zip(bases, views)]
    out = fn(*xs)
    grad_out = torch.ones(()) if out.dim() == 0 else randn(*out.shape)
    out.backward(grad_out)
    CASES.append({
        "op": op, "name": name, "args": args or {},
        "inputs": [tensor(b) for b in bases], "views": views,
        "output": tensor(out), "grad_out": tensor(grad_out),
        "grads": [tensor(b.grad if b.grad is not None else torch.zeros_like(b)) for b in bases]})


def binary_cases():
    shapes = [((3, 4), (4,)), ((2, 1, 4), (3, 1)), ((), (2, 3)), ((3, 1), (1, 4)), ((5,), ()), ((2, 3), (2, 3))]
    fns = {"add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div}
    for op, fn in fns.items():
        for sa, sb in shapes:
            b = away_from_zero(*sb) if op == "div" else randn(*sb)
            case(op, "%s %s %s" % (op, sa, sb), [randn(*sa), b], fn)
        case(op, op + " of a transposed view and a broadcast row", [randn(4, 3), away_from_zero(1, 4)], fn,
             views=[[["transpose", 0, 1]], []])
        x = randn(3, 2)
        case(op, op + " of a tensor with itself", [x], lambda a, f=fn, o=op: f(a, a) if o != "div" else f(a, a * a + 1))


def unary_cases():
    case("neg", "neg (2, 3)", [randn(2, 3)], torch.neg)
    for p in [2.0, 3.0, 0.5, -1.5, 0.0, 1.0]:
        x = positive(2, 3) if p != int(p) or p < 0 else randn(2, 3)
        case("pow", "pow %s" % p, [x], lambda a, p=p: a.pow(p), args={"p": p})
    case("exp", "exp (2, 3)", [randn(2, 3)], torch.exp)
    case("exp", "exp of a 0-d tensor", [randn()], torch.exp)
    case("log", "log (4,)", [positive(4)], torch.log)
    case("tanh", "tanh (2, 3)", [randn(2, 3) * 2], torch.tanh)
    case("tanh", "tanh of a sliced view", [randn(3, 6)], torch.tanh, views=[[["slice", 1, 1, 6, 2]]])
    case("relu", "relu (3, 4)", [away_from_zero(3, 4)], torch.relu)
    case("sigmoid", "sigmoid with large inputs", [torch.tensor([[-40.0, -3.0, 0.5], [2.0, 30.0, -0.1]])], torch.sigmoid)


def reduction_cases():
    x = randn(2, 3, 4)
    for axes, keep in [([], False), ([1], False), ([0, 2], True), ([-1], False), ([0], True)]:
        tag = "%s keepdim=%s" % (axes, keep)
        case("sum", "sum " + tag, [x], lambda a, d=axes, k=keep: a.sum(dim=d, keepdim=k) if d else a.sum(),
             args={"axes": axes, "keepdim": keep})
        case("mean", "mean " + tag, [x], lambda a, d=axes, k=keep: a.mean(dim=d, keepdim=k) if d else a.mean(),
             args={"axes": axes, "keepdim": keep})
        case("logsumexp", "logsumexp " + tag, [x * 3],
             lambda a, d=axes, k=keep: torch.logsumexp(a, dim=d if d else [0, 1, 2], keepdim=k),
             args={"axes": axes, "keepdim": keep})
    case("sum", "sum of a permuted view", [randn(4, 2, 3)], lambda a: a.sum(dim=1), args={"axes": [1], "keepdim": False},
         views=[[["permute", 1, 2, 0]]])
    case("sum", "sum of a 0-d tensor", [randn()], lambda a: a.sum(), args={"axes": [], "keepdim": False})
    t = ties(3, 4, 2)
    for axes, keep in [([1], False), ([], False), ([0, 2], True)]:
        case("amax", "amax with ties %s keepdim=%s" % (axes, keep), [t],
             lambda a, d=axes, k=keep: a.amax(dim=d, keepdim=k), args={"axes": axes, "keepdim": keep})
    for axis, keep in [(1, False), (0, True), (-1, False)]:
        case("max", "max(dim) with ties, axis %d keepdim=%s" % (axis, keep), [t],
             lambda a, d=axis, k=keep: a.max(dim=d, keepdim=k).values, args={"axis": axis, "keepdim": keep})


def view_cases():
    case("reshape", "reshape (2, 3, 4) to (6, 4)", [randn(2, 3, 4)], lambda a: a.reshape(6, 4), args={"shape": [6, 4]})
    case("reshape", "reshape with -1 of a transposed view (copies)", [randn(3, 4)], lambda a: a.reshape(-1, 2),
         args={"shape": [-1, 2]}, views=[[["transpose", 0, 1]]])
    case("transpose", "transpose axes 0, 2", [randn(2, 3, 4)], lambda a: a.transpose(0, 2), args={"a": 0, "b": 2})
    case("permute", "permute (2, 0, 1)", [randn(2, 3, 4)], lambda a: a.permute(2, 0, 1), args={"dims": [2, 0, 1]})
    case("slice", "slice axis 1, [1, 5) step 2", [randn(3, 6)], lambda a: a[:, 1:5:2],
         args={"axis": 1, "start": 1, "stop": 5, "step": 2})
    case("expand", "expand (3, 1) to (2, 3, 4)", [randn(3, 1)], lambda a: a.expand(2, 3, 4), args={"shape": [2, 3, 4]})
    case("unsqueeze", "unsqueeze axis 1", [randn(2, 3)], lambda a: a.unsqueeze(1), args={"axis": 1})
    case("squeeze", "squeeze axis 0", [randn(1, 3)], lambda a: a.squeeze(0), args={"axis": 0})
    case("contiguous", "contiguous of a transposed view", [randn(3, 2)], lambda a: a.contiguous(),
         views=[[["transpose", 0, 1]]])


def matmul_cases():
    pairs = [((3, 4), (4, 5)), ((2, 3, 4), (4, 5)), ((2, 3, 4), (2, 4, 5)), ((2, 1, 3, 4), (3, 4, 2)),
             ((4,), (4, 5)), ((3, 4), (4,)), ((4,), (4,)), ((2, 3, 4), (4,)), ((16, 24), (24, 40))]
    for sa, sb in pairs:
        case("matmul", "matmul %s @ %s" % (sa, sb), [randn(*sa), randn(*sb)], torch.matmul)
    case("matmul", "matmul of transposed views", [randn(4, 3), randn(5, 4)], torch.matmul,
         views=[[["transpose", 0, 1]], [["transpose", 0, 1]]])
    w = randn(4, 4)
    case("matmul", "matmul of a matrix with itself", [w], lambda a: a @ a)


def indexing_cases():
    tokens = [2, 0, 2, 4, 1, 2]
    case("index_select", "embedding lookup with repeated tokens", [randn(5, 3)], lambda e: e.index_select(0, torch.tensor(tokens)),
         args={"axis": 0, "index": tokens})
    case("index_select", "index_select axis 1", [randn(2, 4, 3)], lambda e: e.index_select(1, torch.tensor([3, 1, 3])),
         args={"axis": 1, "index": [3, 1, 3]})
    idx = [[1], [0], [3]]
    case("gather", "gather axis 1, one label per row", [randn(3, 4)], lambda a: a.gather(1, torch.tensor(idx)),
         args={"axis": 1, "index": tensor(torch.tensor(idx, dtype=torch.float64))})
    idx0 = [[2, 0, 1, 1], [0, 0, 2, 1]]
    case("gather", "gather axis 0 with repeats", [randn(3, 4)], lambda a: a.gather(0, torch.tensor(idx0)),
         args={"axis": 0, "index": tensor(torch.tensor(idx0, dtype=torch.float64))})
    sidx = [[0, 1, 0], [2, 1, 0], [0, 0, 2], [2, 1, 1]]
    case("scatter_add", "scatter_add axis 0 with repeats", [randn(3, 3), randn(4, 3)],
         lambda a, s: a.scatter_add(0, torch.tensor(sidx), s),
         args={"axis": 0, "index": tensor(torch.tensor(sidx, dtype=torch.float64))})
    case("cat", "cat three along axis 1", [randn(2, 3), randn(2, 1), randn(2, 2)], lambda *t: torch.cat(t, 1),
         args={"axis": 1})
    case("cat", "cat along axis 0 with a transposed view", [randn(3, 2), randn(1, 3)], lambda *t: torch.cat(t, 0),
         args={"axis": 0}, views=[[["transpose", 0, 1]], []])
    w = randn(2, 5)
    case("split", "split axis 1 into 2, 0, 3 (weighted sum of the parts)", [randn(2, 5)],
         lambda a: sum((p * w[:, i:i + p.shape[1]]).sum() for p, i in zip(torch.split(a, [2, 0, 3], 1), [0, 2, 2])),
         args={"axis": 1, "sizes": [2, 0, 3], "weights": tensor(w)})


def softmax_cases():
    x = randn(3, 5) * 2
    x[1, 2] = 1000.0
    for op, fn in [("softmax", torch.softmax), ("log_softmax", torch.log_softmax)]:
        case(op, op + " last axis with a large logit", [x], lambda a, f=fn: f(a, -1), args={"axis": -1})
        case(op, op + " axis 0 of (2, 3, 4)", [randn(2, 3, 4)], lambda a, f=fn: f(a, 0), args={"axis": 0})
    z = randn(5, 4) * 2
    z[3, 1] = 40.0
    labels = [1, 0, 3, 1, 2]
    case("cross_entropy", "cross_entropy (5, 4), a confident row", [z], lambda a: torch.nn.functional.cross_entropy(a, torch.tensor(labels)),
         args={"labels": labels})
    case("mse_loss", "mse_loss, target requires grad", [randn(3, 4), randn(3, 4)], torch.nn.functional.mse_loss)


# ------------------------------------------------------------------ micrograd
def micrograd_readme():
    """micrograd's README example, as 0-d tensors."""
    a = torch.tensor(-4.0, requires_grad=True)
    b = torch.tensor(2.0, requires_grad=True)
    c = a + b
    d = a * b + b ** 3
    c = c + c + 1
    c = c + 1 + c + (-a)
    d = d + d * 2 + (b + a).relu()
    d = d + 3 * d + (b - a).relu()
    e = c - d
    f = e ** 2
    g = f / 2.0
    g = g + 10.0 / f
    g.backward()
    return {"g": g.item(), "a_grad": a.grad.item(), "b_grad": b.grad.item()}


def shared():
    """y = tanh x used three times: z = Σ (y·y + e^y · x)."""
    x = randn(3).requires_grad_(True)
    y = x.tanh()
    z = (y * y + y.exp() * x).sum()
    z.backward()
    return {"x": tensor(x), "z": z.item(), "x_grad": tensor(x.grad)}


def mlp():
    """3 -> 4 -> 4 -> 1 (relu, relu, linear); loss = mean relu(1 - y·score) + 1e-4 Σ p²."""
    sizes = [3, 4, 4, 1]
    Ws = [randn(sizes[i + 1], sizes[i]).requires_grad_(True) for i in range(3)]    # (out, in): row j is neuron j's w
    bs = [(randn(sizes[i + 1]) * 0.1).requires_grad_(True) for i in range(3)]
    X = randn(6, 3)
    y = torch.tensor([1.0, -1.0, 1.0, 1.0, -1.0, -1.0])
    h = X
    for i in range(3):
        h = h @ Ws[i].T + bs[i]
        if i < 2:
            h = h.relu()
    scores = h[:, 0]
    margins = 1 - y * scores
    assert torch.all(margins.abs() > 1e-3), "a margin at the hinge's kink"
    data_loss = torch.relu(margins).mean()
    reg = 1e-4 * sum((p * p).sum() for p in Ws + bs)
    loss = data_loss + reg
    loss.backward()
    return {"sizes": sizes, "alpha": 1e-4, "X": tensor(X), "y": y.tolist(), "scores": tensor(scores), "loss": loss.item(),
            "W": [tensor(W) for W in Ws], "b": [tensor(b) for b in bs],
            "W_grad": [tensor(W.grad) for W in Ws], "b_grad": [tensor(b.grad) for b in bs]}


def main():
    binary_cases()
    unary_cases()
    reduction_cases()
    view_cases()
    matmul_cases()
    indexing_cases()
    softmax_cases()
    write("torch_ops.json", {
        "description": "Each case: op applied (with args) to inputs, each first viewed as listed in views; output; "
                       "then output.backward(grad_out), and grads = the gradient of each input leaf. float64, CPU, "
                       "torch.set_num_threads(1).",
        "cases": CASES})
    write("torch_micrograd.json", {
        "description": "micrograd's README expression on 0-d tensors; a shared subexpression; a 3-4-4-1 MLP "
                       "(relu, relu, linear; W[i] is (out, in), row j = neuron j's weights) with micrograd's demo "
                       "loss, mean(relu(1 - y*score)) + alpha * sum of squared parameters.",
        "readme": micrograd_readme(), "shared": shared(), "mlp": mlp()})


if __name__ == "__main__":
    main()
