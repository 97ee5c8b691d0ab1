package org.mlbyhand.core.svm;

import java.util.Locale;
import org.mlbyhand.core.data.Labels;
import org.mlbyhand.core.estimator.Classifier;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The soft-margin support vector classifier, scikit-learn's {@code SVC} (libsvm's C-SVC): the trainer whose
 * {@link #fit} returns the {@link SvcModel}. For two classes, with sᵢ = +1 for class 0 and −1 for class 1
 * (libsvm's order; the model reports scikit-learn's signs),
 * <pre>{@code
 *   primal:  min_{w,b}  ½‖w‖² + C·Σᵢ max(0, 1 − sᵢ(wᵀφ(xᵢ) + b))          b not penalized
 *   dual:    min_α  ½·αᵀQα − eᵀα,   Qᵢⱼ = sᵢsⱼ·k(xᵢ, xⱼ),   sᵀα = 0,  0 ≤ αᵢ ≤ C
 *   model:   f(x) = Σᵢ αᵢsᵢ·k(xᵢ, x) − rho,   the sum over the support vectors (αᵢ > 0)
 * }</pre>
 * <b>Why the dual.</b> Write the hinge with slacks, sᵢ(wᵀφ(xᵢ) + b) ≥ 1 − ξᵢ, ξᵢ ≥ 0, minimising ½‖w‖² + C·Σξᵢ,
 * and take multipliers αᵢ ≥ 0 (margins) and μᵢ ≥ 0 (slacks). Setting the Lagrangian's derivatives to 0:
 * ∂/∂w gives w = Σᵢ αᵢsᵢφ(xᵢ), ∂/∂b gives sᵀα = 0, ∂/∂ξᵢ gives αᵢ + μᵢ = C, so 0 ≤ αᵢ ≤ C. Substituting
 * w leaves the dual above, where φ appears only in φ(xᵢ)ᵀφ(xⱼ) = k(xᵢ, xⱼ): the kernel trick.
 *
 * <p>The dual is solved by {@link Smo} to libsvm's stopping rule m(α) − M(α) &lt; tol, with libsvm's second-order working
 * set ({@link WorkingSet}), its bias from the free support vectors ({@link Smo#bias}) and a
 * {@link KernelCache} of {@code cacheSize} megabytes. The kernel is {@link Kernel}'s, with γ resolved from
 * X by the {@link Gamma} rule ("scale" by default).
 *
 * <p><b>k &gt; 2 classes: one-vs-one, as libsvm.</b> The rows are grouped by class (class 0's rows first, in
 * their original order, then class 1's, …); for every pair a &lt; b a two-class SVM is fitted on the rows
 * of a (s = +1) followed by those of b (s = −1): k(k−1)/2 problems, in the order (0,1), (0,2), …, (1,2), ….
 * A row that is a support vector of any of them is a support vector of the model. To predict, each pair
 * votes (f &gt; 0: a, else b) and the class with the most votes wins; a tie goes to the smallest class index.
 *
 * <p><b>Defaults</b> are scikit-learn 1.2's: C = 1, kernel RBF, degree 3, gamma "scale", coef0 = 0,
 * tol = 1e-3, cacheSize = 200 MB, maxIter = −1 (none), decisionFunctionShape OVR. Where we differ:
 * <ul>
 *   <li>no shrinking (scikit-learn's {@code shrinking=True} by default): same stopping rule, another path,
 *       so answers differ within what tol allows; {@code SVC(shrinking=False)} follows the same steps;</li>
 *   <li>no {@code class_weight}, {@code sample_weight}, {@code probability} (Platt scaling) or
 *       {@code break_ties}: {@link SvcModel#predictProba} gives the vote's class probability 1;</li>
 *   <li>labels are 0, 1, …, k−1, every class present (scikit-learn's {@code classes_} are any sorted values).</li>
 * </ul>
 *
 * <p>Instances are immutable: {@code withX} methods return a new trainer.
 */
public final class Svc implements Classifier<SvcModel> {
    /** The kernel family, scikit-learn's {@code kernel} string. */
    public enum KernelType {
        /** 'linear': k(x, z) = xᵀz. */
        LINEAR,
        /** 'poly': k(x, z) = (γ·xᵀz + coef0)^degree. */
        POLY,
        /** 'rbf': k(x, z) = exp(−γ·‖x − z‖²). */
        RBF,
        /** 'sigmoid': k(x, z) = tanh(γ·xᵀz + coef0). */
        SIGMOID
    }

    /** The columns of {@link SvcModel#decisionFunction} for k &gt; 2 classes, scikit-learn's {@code decision_function_shape}. */
    public enum DecisionFunctionShape {
        /** 'ovr': m×k, the votes plus a monotone transform of the summed pairwise values (the default). */
        OVR,
        /** 'ovo': m×k(k−1)/2, the pairwise values, positive for the first class of the pair. */
        OVO
    }

    private static final String WHO = "Svc";

    private final double C;
    private final KernelType kernel;
    private final int degree;
    private final Gamma gamma;
    private final double coef0;
    private final double tol;
    private final double cacheSize;
    private final int maxIter;
    private final DecisionFunctionShape decisionFunctionShape;

    /** Creates the trainer with scikit-learn's defaults (class comment). */
    public Svc() {
        this(1.0, KernelType.RBF, 3, Gamma.scale(), 0.0, 1e-3, 200.0, -1, DecisionFunctionShape.OVR);
    }

    private Svc(double C, KernelType kernel, int degree, Gamma gamma, double coef0, double tol, double cacheSize,
                int maxIter, DecisionFunctionShape decisionFunctionShape) {
        this.C = Inputs.positive(WHO, "C", C);
        this.kernel = notNull("kernel", kernel);
        if (degree < 0) {
            throw new IllegalArgumentException(WHO + ": degree must be ≥ 0, got " + degree);
        }
        this.degree = degree;
        this.gamma = notNull("gamma", gamma);
        if (!Double.isFinite(coef0)) {
            throw new IllegalArgumentException(WHO + ": coef0 must be finite, got " + coef0);
        }
        this.coef0 = coef0;
        this.tol = Inputs.positive(WHO, "tol", tol);
        this.cacheSize = Inputs.positive(WHO, "cacheSize", cacheSize);
        this.maxIter = Inputs.maxIter(WHO, maxIter);
        this.decisionFunctionShape = notNull("decisionFunctionShape", decisionFunctionShape);
    }

    /** Returns a trainer with the penalty C, finite and &gt; 0 (else IllegalArgumentException). */
    public Svc withC(double C) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer with the kernel family (not null). */
    public Svc withKernel(KernelType kernel) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer with the polynomial degree ≥ 0 (used by POLY only). */
    public Svc withDegree(int degree) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer with the γ rule ({@link Gamma#scale()}, {@link Gamma#auto()}, {@link Gamma#of}); not used by LINEAR. */
    public Svc withGamma(Gamma gamma) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer with γ fixed at value ≥ 0, finite: {@code withGamma(Gamma.of(value))}. */
    public Svc withGamma(double value) {
        return withGamma(Gamma.of(value));
    }

    /** Returns a trainer with the constant coef0, finite (used by POLY and SIGMOID). */
    public Svc withCoef0(double coef0) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer that stops SMO when m(α) − M(α) &lt; tol, tol finite and &gt; 0. */
    public Svc withTol(double tol) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer whose kernel cache holds cacheSize &gt; 0 megabytes of rows (speed only, not the result). */
    public Svc withCacheSize(double cacheSize) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer that stops each SMO after maxIter ≥ 1 steps, or never early (−1). */
    public Svc withMaxIter(int maxIter) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, decisionFunctionShape);
    }

    /** Returns a trainer whose models' decisionFunction has this shape for k &gt; 2 classes. */
    public Svc withDecisionFunctionShape(DecisionFunctionShape shape) {
        return new Svc(C, kernel, degree, gamma, coef0, tol, cacheSize, maxIter, shape);
    }

    /** Returns C. */
    public double C() {
        return C;
    }

    /** Returns the kernel family. */
    public KernelType kernel() {
        return kernel;
    }

    /** Returns the polynomial degree. */
    public int degree() {
        return degree;
    }

    /** Returns the γ rule. */
    public Gamma gamma() {
        return gamma;
    }

    /** Returns coef0. */
    public double coef0() {
        return coef0;
    }

    /** Returns the stopping tolerance. */
    public double tol() {
        return tol;
    }

    /** Returns the cache size in megabytes. */
    public double cacheSize() {
        return cacheSize;
    }

    /** Returns the cap on SMO steps per pair of classes, −1 for none. */
    public int maxIter() {
        return maxIter;
    }

    /** Returns the shape of the models' decision function for k &gt; 2. */
    public DecisionFunctionShape decisionFunctionShape() {
        return decisionFunctionShape;
    }

    /**
     * Returns the kernel this trainer uses on X: γ resolved by the {@link Gamma} rule.
     *
     * @param X n×p training rows, finite (not modified)
     */
    public Kernel kernelFor(Matrix X) {
        double g = kernel == KernelType.LINEAR ? 0.0 : gamma.resolve(X);
        switch (kernel) {
            case LINEAR:
                return new Kernel.Linear();
            case POLY:
                return new Kernel.Polynomial(degree, g, coef0);
            case SIGMOID:
                return new Kernel.Sigmoid(g, coef0);
            default:
                return new Kernel.Rbf(g);
        }
    }

    /**
     * Fits one two-class SVM per pair of classes (class comment).
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels 0, 1, …, k−1, k ≥ 2, every class present (not modified)
     * @return the fitted model; its nIter() = maxIter for a pair means that pair stopped early
     * @throws IllegalArgumentException if X is empty or not finite, a label is negative, a class has no
     *         rows, or y has a single class
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    public SvcModel fit(Matrix X, int[] y) {
        int k = Inputs.classification(WHO + ".fit", X, y);
        Kernel K = kernelFor(X);
        int[][] members = Labels.members(y);          // class c's rows, in order: libsvm's grouping
        DualSolution[] solutions = new DualSolution[k * (k - 1) / 2];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                solutions[p++] = solvePair(K, X, members[a], members[b]);
            }
        }
        return OneVsOne.assemble(K, X, members, solutions, decisionFunctionShape);
    }

    /** The two-class problem of one pair: class a's rows with s = +1, then class b's with s = −1. */
    private DualSolution solvePair(Kernel K, Matrix X, int[] rowsA, int[] rowsB) {
        int[] rows = new int[rowsA.length + rowsB.length];
        int[] s = new int[rows.length];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = t < rowsA.length ? rowsA[t] : rowsB[t - rowsA.length];
            s[t] = t < rowsA.length ? 1 : -1;
        }
        return Smo.solve(new KernelCache(K, X.selectRows(rows), s, cacheSize), C, tol, maxIter);
    }

    private static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(WHO + ": " + name + " is null");
        }
        return value;
    }

    /** Returns e.g. {@code "Svc(C=1.0, kernel=rbf, degree=3, gamma=scale, coef0=0.0, tol=0.001, …)"}. */
    @Override
    public String toString() {
        return WHO + "(C=" + C + ", kernel=" + kernel.name().toLowerCase(Locale.ROOT) + ", degree=" + degree
                + ", gamma=" + gamma + ", coef0=" + coef0 + ", tol=" + tol + ", cacheSize=" + cacheSize
                + ", maxIter=" + maxIter + ", decisionFunctionShape=" + decisionFunctionShape.name().toLowerCase(Locale.ROOT) + ")";
    }
}
