/**
 * Support vector machines: the soft-margin classifier solved in the dual by SMO with kernels, as libsvm
 * and scikit-learn's {@code SVC} solve it, and the same linear model trained in the primal by Pegasos.
 *
 * <p><b>The one idea.</b> min ½‖w‖² + C·Σᵢ max(0, 1 − sᵢ(wᵀφ(xᵢ) + b)) has a dual in which the data appear
 * only through a kernel k(xᵢ, xⱼ) = φ(xᵢ)ᵀφ(xⱼ); its solution α is sparse, and the rows with αᵢ &gt; 0, the
 * support vectors, are all the model keeps.
 * <pre>{@code
 *   Kernel            linear, polynomial, RBF, sigmoid; the Gram matrix            (step primitives)
 *   Gamma             γ = "scale" | "auto" | a number, scikit-learn's rules
 *   KernelCache       the rows of Q = diag(s)·K·diag(s), in float, least recently used evicted
 *   WorkingSet        maximal violating pair; libsvm's second-order rule            (step primitive)
 *   Smo               the SMO loop; one pair update; the KKT violation; the bias     (step primitives)
 *   DualSolution      α, the gradient, rho, the steps of one two-class problem
 *   Svc → SvcModel    the estimator: one-vs-one over the classes (OneVsOne), scikit-learn's attributes
 *   HingeLoss         the loss and a subgradient                                    (step primitives)
 *   PegasosLinearSvc → LinearSvcModel     the primal contrast: stochastic subgradient steps, seeded
 * }</pre>
 * The step primitives are public because the problem-set 4 exercises are graded against them.
 *
 * <p><b>How close to scikit-learn.</b> {@code Svc} follows libsvm's {@code Solver} step for step (working
 * set and its ties, clipping, gradient update, single-precision Q, bias), without shrinking; the parity
 * tests hold support vectors, dual coefficients, intercepts and decision values to 1e-6 of scikit-learn
 * 1.2's {@code SVC(tol=1e-10, shrinking=False)} on four data sets and the four kernels. Not built:
 * shrinking, class and sample weights, Platt scaling ({@code probability=True}), {@code break_ties},
 * precomputed and callable kernels, SVR, nu-SVC and the one-class SVM.
 *
 * <p>Bad input fails at once with a message naming it: C ≤ 0, a negative γ, a single class, a NaN.
 */
package org.mlbyhand.core.svm;
