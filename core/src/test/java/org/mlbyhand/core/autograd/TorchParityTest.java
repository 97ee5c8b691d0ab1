package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlbyhand.core.autograd.TorchParity.assertClose;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every op's value and the gradients of its inputs against PyTorch 1.13 (float64), to 1e-12 relative
 * (golden file torch_ops.json): broadcasting with size-1 axes and 0-d tensors, non-contiguous views as
 * inputs (the gradient is then the leaf's), a tensor used twice, ties in max and amax.
 */
@ExtendWith(TorchParity.class)
class TorchParityTest {
    private static final TorchGolden OPS = TorchGolden.load("torch_ops.json");

    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("add", "arithmetic"), Map.entry("sub", "arithmetic"), Map.entry("mul", "arithmetic"),
            Map.entry("div", "arithmetic"), Map.entry("neg", "arithmetic"), Map.entry("pow", "arithmetic"),
            Map.entry("exp", "unary"), Map.entry("log", "unary"), Map.entry("tanh", "unary"),
            Map.entry("relu", "unary"), Map.entry("sigmoid", "unary"),
            Map.entry("sum", "reductions"), Map.entry("mean", "reductions"), Map.entry("amax", "reductions"),
            Map.entry("max", "reductions"), Map.entry("logsumexp", "reductions"),
            Map.entry("reshape", "views"), Map.entry("transpose", "views"), Map.entry("permute", "views"),
            Map.entry("slice", "views"), Map.entry("expand", "views"), Map.entry("unsqueeze", "views"),
            Map.entry("squeeze", "views"), Map.entry("contiguous", "views"),
            Map.entry("matmul", "matmul"),
            Map.entry("index_select", "indexing and joining"), Map.entry("gather", "indexing and joining"),
            Map.entry("scatter_add", "indexing and joining"), Map.entry("cat", "indexing and joining"),
            Map.entry("split", "indexing and joining"),
            Map.entry("softmax", "softmax"), Map.entry("log_softmax", "softmax"),
            Map.entry("cross_entropy", "losses"), Map.entry("mse_loss", "losses"));

    @Test
    void everyOpsValueAndGradientsMatchPyTorch() {
        List<TorchGolden> cases = OPS.objects("cases");
        for (TorchGolden c : cases) {
            String op = c.string("op");
            String name = c.string("name");
            List<Tensor> inputs = c.tensors("inputs");
            Tensor[] leaves = new Tensor[inputs.size()];
            Tensor[] x = new Tensor[inputs.size()];
            List<Object> views = c.list("views");
            for (int i = 0; i < leaves.length; i++) {
                leaves[i] = inputs.get(i).requiringGrad();
                x[i] = view(leaves[i], (List<?>) views.get(i));
            }
            Tensor out = apply(op, c.object("args"), x);
            String family = FAMILY.get(op);
            assertClose(family, op, name + ": output", c.tensor("output"), out);
            out.backward(c.tensor("grad_out"));
            List<Tensor> grads = c.tensors("grads");
            for (int i = 0; i < leaves.length; i++) {
                assertClose(family, op, name + ": gradient of input " + i, grads.get(i), leaves[i].grad());
            }
        }
        assertEquals(FAMILY.keySet(), cases.stream().map(c -> c.string("op")).collect(java.util.stream.Collectors.toSet()),
                "every op family is in the golden file");
    }

    /** The op of a golden case, as core's Tensor spells it. */
    private static Tensor apply(String op, TorchGolden args, Tensor[] x) {
        switch (op) {
            case "add":
                return x.length == 1 ? x[0].add(x[0]) : x[0].add(x[1]);
            case "sub":
                return x.length == 1 ? x[0].sub(x[0]) : x[0].sub(x[1]);
            case "mul":
                return x.length == 1 ? x[0].mul(x[0]) : x[0].mul(x[1]);
            case "div":
                return x.length == 1 ? x[0].div(x[0].mul(x[0]).add(1)) : x[0].div(x[1]);
            case "neg":
                return x[0].neg();
            case "pow":
                return x[0].pow(args.number("p"));
            case "exp":
                return x[0].exp();
            case "log":
                return x[0].log();
            case "tanh":
                return x[0].tanh();
            case "relu":
                return x[0].relu();
            case "sigmoid":
                return x[0].sigmoid();
            case "sum":
                return x[0].sum(args.ints("axes"), args.bool("keepdim"));
            case "mean":
                return x[0].mean(args.ints("axes"), args.bool("keepdim"));
            case "logsumexp":
                return x[0].logsumexp(args.ints("axes"), args.bool("keepdim"));
            case "amax":
                return x[0].amax(args.ints("axes"), args.bool("keepdim"));
            case "max":
                return x[0].max((int) args.number("axis"), args.bool("keepdim"));
            case "reshape":
                return x[0].reshape(args.ints("shape"));
            case "transpose":
                return x[0].transpose((int) args.number("a"), (int) args.number("b"));
            case "permute":
                return x[0].permute(args.ints("dims"));
            case "slice":
                return x[0].slice((int) args.number("axis"), (int) args.number("start"), (int) args.number("stop"),
                        (int) args.number("step"));
            case "expand":
                return x[0].expand(args.ints("shape"));
            case "unsqueeze":
                return x[0].unsqueeze((int) args.number("axis"));
            case "squeeze":
                return x[0].squeeze((int) args.number("axis"));
            case "contiguous":
                return x[0].contiguous();
            case "matmul":
                return x.length == 1 ? x[0].matmul(x[0]) : x[0].matmul(x[1]);
            case "index_select":
                return x[0].indexSelect((int) args.number("axis"), args.ints("index"));
            case "gather":
                return x[0].gather((int) args.number("axis"), args.tensor("index"));
            case "scatter_add":
                return x[0].scatterAdd((int) args.number("axis"), args.tensor("index"), x[1]);
            case "cat":
                return Tensor.cat((int) args.number("axis"), x);
            case "split":
                return weightedSplit(x[0], (int) args.number("axis"), args.ints("sizes"), args.tensor("weights"));
            case "softmax":
                return x[0].softmax((int) args.number("axis"));
            case "log_softmax":
                return x[0].logSoftmax((int) args.number("axis"));
            case "cross_entropy":
                return x[0].crossEntropy(args.ints("labels"));
            case "mse_loss":
                return x[0].mse(x[1]);
            default:
                throw new IllegalArgumentException("no Java spelling for the golden op " + op);
        }
    }

    /** Σᵢ Σ partᵢ ∘ (the same columns of w): one number that depends on every part of the split. */
    private static Tensor weightedSplit(Tensor x, int axis, int[] sizes, Tensor w) {
        Tensor[] parts = x.split(axis, sizes);
        Tensor total = Tensors.scalar(0.0);
        int start = 0;
        for (Tensor part : parts) {
            total = total.add(part.mul(w.slice(axis, start, start + part.size(axis))).sum());
            start += part.size(axis);
        }
        return total;
    }

    /** Applies a golden case's view recipe, e.g. [["transpose", 0, 1]], to a leaf. */
    private static Tensor view(Tensor x, List<?> recipe) {
        for (Object o : recipe) {
            List<?> step = (List<?>) o;
            int[] a = step.subList(1, step.size()).stream().mapToInt(v -> ((Double) v).intValue()).toArray();
            switch ((String) step.get(0)) {
                case "transpose" -> x = x.transpose(a[0], a[1]);
                case "permute" -> x = x.permute(a);
                case "slice" -> x = x.slice(a[0], a[1], a[2], a[3]);
                case "expand" -> x = x.expand(a);
                default -> throw new IllegalArgumentException("unknown view " + step);
            }
        }
        return x;
    }
}
