package org.mlbyhand.core.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

/**
 * Every op's backward against central differences ({@link Gradcheck}), on random inputs with
 * broadcasting (size-1 axes, 0-d tensors), non-contiguous views and shared subexpressions. The last
 * check holds the rule "every op has a gradient check": each op class of the package must have appeared
 * in the graph of one of these checks.
 */
class OpGradientsTest {
    /** CS231n's band for "fine": a smooth op's central differences agree to about 1e-10 in float64. */
    private static final double FINE = 1e-7;

    private static final Set<String> CHECKED = new TreeSet<>();
    private final Rng rng = new Rng(5);

    private Tensor randn(int... shape) {
        return Tensors.randn(rng, shape);
    }

    /** Entries at least 0.25 from 0, so that no step of h crosses a kink or a pole. */
    private Tensor awayFromZero(int... shape) {
        double[] v = randn(shape).toArray();
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.copySign(0.25 + Math.abs(v[k]), v[k]);
        }
        return Tensors.fromArray(v, shape);
    }

    /** A random permutation of 0, 0.1, 0.2, …: distinct entries, so no maximum ties within reach of h. */
    private Tensor distinct(int... shape) {
        int[] p = rng.permutation(Shapes.numel(shape));
        double[] v = new double[p.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = 0.1 * p[k];
        }
        return Tensors.fromArray(v, shape);
    }

    private static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        Tensor[] x = Arrays.stream(inputs).map(t -> Tensors.fromArray(t.toArray(), t.shape()).requiringGrad()).toArray(Tensor[]::new);
        Tensor y = f.apply(x);
        if (y.gradFn() != null) {
            Backprop.reverseTopological(y.gradFn()).forEach(op -> CHECKED.add(op.getClass().getSimpleName()));
        }
        Gradcheck.check(f, inputs).assertWithin(FINE);
    }

    @Test
    void arithmeticBroadcastsAndUnbroadcastsItsGradients() {
        int[][][] shapes = {{{3, 4}, {4}}, {{2, 1, 4}, {3, 1}}, {{}, {2, 3}}, {{3, 1}, {1, 4}}, {{5}, {}}};
        for (int[][] s : shapes) {
            check(x -> x[0].add(x[1]), randn(s[0]), randn(s[1]));
            check(x -> x[0].sub(x[1]), randn(s[0]), randn(s[1]));
            check(x -> x[0].mul(x[1]), randn(s[0]), randn(s[1]));
            check(x -> x[0].div(x[1]), randn(s[0]), awayFromZero(s[1]));
        }
        check(x -> x[0].neg(), randn(2, 3));
        for (double p : new double[] {2, 3, 0.5, -1.5, 0, 1}) {
            check(x -> x[0].pow(p), awayFromZero(2, 3).mul(awayFromZero(2, 3)).detach());
        }
        check(x -> x[0].mul(3).add(1).sub(0.5).div(2), randn(4));
    }

    @Test
    void unaryFunctionsIncludingSigmoidFarFromZero() {
        check(x -> x[0].exp(), randn(2, 3));
        check(x -> x[0].exp(), randn());
        check(x -> x[0].log(), awayFromZero(4).mul(awayFromZero(4)).detach());
        check(x -> x[0].tanh(), randn(2, 3).mul(2).detach());
        check(x -> x[0].relu(), awayFromZero(3, 4));
        check(x -> x[0].sigmoid(), Tensors.of(-40, -3, 0.5, 2, 30));
    }

    @Test
    void reductionsOverEveryKindOfAxisList() {
        Tensor x = randn(2, 3, 4);
        int[][] axes = {{}, {1}, {0, 2}, {-1}};
        for (int[] a : axes) {
            for (boolean keep : new boolean[] {false, true}) {
                check(t -> t[0].sum(a, keep), x);
                check(t -> t[0].mean(a, keep), x);
                check(t -> t[0].logsumexp(a, keep), x.mul(3).detach());
                check(t -> t[0].amax(a, keep), distinct(2, 3, 4));
            }
        }
        check(t -> t[0].max(1, false), distinct(3, 4, 2));
        check(t -> t[0].max(-1, true), distinct(3, 4, 2));
        check(t -> t[0].sum(), randn());
        check(t -> t[0].sumTo(3, 1), randn(2, 3, 4));
    }

    @Test
    void viewsAndTheirInverses() {
        check(t -> t[0].reshape(6, 4), randn(2, 3, 4));
        check(t -> t[0].transpose(0, 1).reshape(-1, 2), randn(3, 4));          // a non-contiguous reshape copies
        check(t -> t[0].transpose(0, 2), randn(2, 3, 4));
        check(t -> t[0].permute(2, 0, 1), randn(2, 3, 4));
        check(t -> t[0].slice(1, 1, 5, 2), randn(3, 6));
        check(t -> t[0].expand(2, 3, 4), randn(3, 1));
        check(t -> t[0].unsqueeze(1).squeeze(1), randn(2, 3));
        check(t -> t[0].transpose(0, 1).contiguous(), randn(3, 2));
        check(t -> t[0].slice(0, 0, 3, 2).tanh().transpose(0, 1), randn(4, 5));
    }

    @Test
    void matmulPlainBatchedBroadcastAndWithVectors() {
        int[][][] shapes = {{{3, 4}, {4, 5}}, {{2, 3, 4}, {4, 5}}, {{2, 3, 4}, {2, 4, 5}}, {{2, 1, 3, 4}, {3, 4, 2}},
                {{4}, {4, 5}}, {{3, 4}, {4}}, {{4}, {4}}, {{2, 3, 4}, {4}}, {{16, 12}, {12, 10}}};
        for (int[][] s : shapes) {
            check(x -> x[0].matmul(x[1]), randn(s[0]), randn(s[1]));
        }
        check(x -> x[0].transpose(0, 1).matmul(x[1].transpose(0, 1)), randn(4, 3), randn(5, 4));
        check(x -> x[0].matmul(x[0]), randn(4, 4));
    }

    @Test
    void indexingScatterAndJoining() {
        check(x -> x[0].indexSelect(0, 2, 0, 2, 4, 1, 2), randn(5, 3));
        check(x -> x[0].indexSelect(1, 3, 1, 3), randn(2, 4, 3));
        check(x -> x[0].gather(1, Tensors.of(new double[][] {{1}, {0}, {3}})), randn(3, 4));
        check(x -> x[0].gather(0, Tensors.of(new double[][] {{2, 0, 1, 1}, {0, 0, 2, 1}})), randn(3, 4));
        Tensor index = Tensors.of(new double[][] {{0, 1, 0}, {2, 1, 0}, {0, 0, 2}, {2, 1, 1}});
        check(x -> x[0].scatterAdd(0, index, x[1]), randn(3, 3), randn(4, 3));
        check(x -> Tensor.cat(1, x[0], x[1], x[2]), randn(2, 3), randn(2, 1), randn(2, 2));
        check(x -> Tensor.cat(0, x[0].transpose(0, 1), x[1]), randn(3, 2), randn(1, 3));
        Tensor w = randn(2, 5);
        check(x -> {
            Tensor[] parts = x[0].split(1, 2, 0, 3);
            return parts[0].mul(w.slice(1, 0, 2)).sum().add(parts[2].mul(w.slice(1, 2, 5)).sum()).add(parts[1].sum());
        }, randn(2, 5));
    }

    @Test
    void softmaxesAndLosses() {
        Tensor z = randn(3, 5).mul(2).detach();
        check(x -> x[0].softmax(-1), z);
        check(x -> x[0].softmax(0), randn(2, 3, 4));
        check(x -> x[0].logSoftmax(-1), z);
        check(x -> x[0].logSoftmax(1), randn(2, 3, 4));
        check(x -> x[0].crossEntropy(1, 0, 3, 1, 2), randn(5, 4).mul(2).detach());
        check(x -> x[0].mse(x[1]), randn(3, 4), randn(3, 4));
    }

    @Test
    void sharedSubexpressionsAccumulate() {
        check(x -> {
            Tensor y = x[0].tanh();
            return y.mul(y).add(y.exp().mul(x[0])).sum();
        }, randn(3));
        check(x -> x[0].matmul(x[1]).relu().matmul(x[1].transpose(0, 1)).mul(x[0]).sum(), randn(3, 4), awayFromZero(4, 4));
    }

    @AfterAll
    static void everyOpClassHadAGradientCheck() {
        Set<String> ops = Stream.of(Arithmetic.class, Unary.class, Reductions.class, Views.class, Indexing.class,
                        Softmaxes.class, LossOps.class)
                .flatMap(family -> Arrays.stream(family.getDeclaredClasses()))
                .filter(c -> Op.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()))
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        ops.add(MatMul.class.getSimpleName());
        ops.removeAll(CHECKED);
        assertEquals(Set.of(), ops, "ops without a gradient check in OpGradientsTest");
    }
}
