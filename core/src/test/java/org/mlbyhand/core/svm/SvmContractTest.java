package org.mlbyhand.core.svm;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.mlbyhand.core.estimator.EstimatorContract;

/** Every trainer of this package, with each kernel, keeps the estimator contract ({@link EstimatorContract}). */
class SvmContractTest {
    @TestFactory
    Stream<DynamicContainer> everyClassifierKeepsTheEstimatorContract() {
        return Stream.of(
                EstimatorContract.classifier("Svc (rbf, 2 classes)", Svc::new, seed -> Blobs.of(seed, 24, 3, 2, 1.5)),
                EstimatorContract.classifier("Svc (rbf, 3 classes)", Svc::new, seed -> Blobs.of(seed, 24, 3, 3, 1.5)),
                EstimatorContract.classifier("Svc (linear, 3 classes)", () -> new Svc().withKernel(Svc.KernelType.LINEAR),
                        seed -> Blobs.of(seed, 24, 3, 3, 1.5)),
                EstimatorContract.classifier("Svc (poly, OVO)", () -> new Svc().withKernel(Svc.KernelType.POLY).withCoef0(1.0)
                        .withDecisionFunctionShape(Svc.DecisionFunctionShape.OVO), seed -> Blobs.of(seed, 24, 3, 3, 1.5)),
                EstimatorContract.classifier("Svc (sigmoid)", () -> new Svc().withKernel(Svc.KernelType.SIGMOID),
                        seed -> Blobs.of(seed, 24, 3, 2, 1.5)),
                EstimatorContract.classifier("PegasosLinearSvc", () -> new PegasosLinearSvc(3L).withMaxIter(20),
                        seed -> Blobs.of(seed, 24, 3, 2, 1.5)));
    }
}
