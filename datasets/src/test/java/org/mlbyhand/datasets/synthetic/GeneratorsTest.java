package org.mlbyhand.datasets.synthetic;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.datasets.Dataset;

class GeneratorsTest {
    /** Points of noise-free moons and circles lie on their curves up to rounding. */
    private static final double ON_CURVE_TOLERANCE = 1e-12;
    /** Noise-free regression targets equal X·w + b up to the rounding of a p-term dot product. */
    private static final double REGRESSION_TOLERANCE = 1e-9;

    private static final CaseGen ARGS = CaseGen.create().integer("n", 2, 120).integer("k", 2, 5)
            .integer("p", 1, 6).scalar("noise", 0.0, 0.5).integer("seed", 0, 1_000_000);

    /** Every generator, as a function of the seed, for one draw of arguments. */
    private static List<LongFunction<Dataset>> generators(org.mlbyhand.core.property.Case c) {
        int n = c.integer("n");
        int k = c.integer("k");
        int p = c.integer("p");
        double noise = c.scalar("noise");
        return List.of(
                seed -> Moons.sample(n, noise, seed),
                seed -> Circles.sample(n, noise, 0.5, seed),
                seed -> Spirals.sample(n, k, noise, seed),
                seed -> Blobs.sample(Math.max(n, k), k, p, 1.0 + noise, seed).data(),
                seed -> Regression.sample(n, p, Math.min(p, k), 3.0, noise, seed).data(),
                seed -> Classification.sample(Math.max(n, k), p + 3, 3 + p / 2, k, 1.0 + noise, seed));
    }

    @Test
    void theSameSeedGivesBitIdenticalDataAndAnotherSeedOtherData() {
        Property.forAll(ARGS, 81, 100, c -> {
            long seed = c.integer("seed");
            for (LongFunction<Dataset> g : generators(c)) {
                Dataset a = g.apply(seed);
                Dataset b = g.apply(seed);
                assertEquals(a.features(), b.features(), a.name() + ": X differs for the same seed");
                assertArrayEquals(a.targets(), b.targets(), a.name() + ": y differs for the same seed");
                assertNotEquals(a.features(), g.apply(seed + 1).features(), a.name() + ": seeds " + seed + " and " + (seed + 1));
            }
        });
    }

    @Test
    void classesHaveTheDocumentedSizes() {
        Property.forAll(ARGS, 82, 100, c -> {
            int n = c.integer("n");
            int k = c.integer("k");
            long seed = c.integer("seed");
            assertArrayEquals(new int[] {n / 2, n - n / 2}, Moons.sample(n, 0.1, seed).classCounts());
            assertArrayEquals(new int[] {n / 2, n - n / 2}, Circles.sample(n, 0.1, 0.3, seed).classCounts());
            int[] spirals = Spirals.sample(n, k, 0.2, seed).classCounts();
            for (int count : spirals) {
                assertEquals(n, count);
            }
            int[] blobs = Blobs.sample(n + k, k, 2, 1.0, seed).data().classCounts();
            for (int count : blobs) {
                assertTrue(Math.abs(count - (double) (n + k) / k) < 1.0, "blob of " + count);
            }
        });
    }

    @Test
    void noiseFreeMoonsAndCirclesLieOnTheirCurves() {
        Dataset moons = Moons.sample(101, 0.0, 3);
        Matrix X = moons.features();
        int[] y = moons.labels();
        for (int i = 0; i < X.rows(); i++) {
            double cx = y[i] == 0 ? 0.0 : 1.0;
            double cy = y[i] == 0 ? 0.0 : 0.5;
            double r = Math.hypot(X.get(i, 0) - cx, X.get(i, 1) - cy);
            assertEquals(1.0, r, ON_CURVE_TOLERANCE, "moon point " + i);
            assertTrue(y[i] == 0 ? X.get(i, 1) >= -ON_CURVE_TOLERANCE : X.get(i, 1) <= 0.5 + ON_CURVE_TOLERANCE);
        }
        Dataset circles = Circles.sample(60, 0.0, 0.4, 3);
        Matrix C = circles.features();
        for (int i = 0; i < C.rows(); i++) {
            double expected = circles.labels()[i] == 0 ? 1.0 : 0.4;
            assertEquals(expected, Math.hypot(C.get(i, 0), C.get(i, 1)), ON_CURVE_TOLERANCE, "circle point " + i);
        }
    }

    @Test
    void noiseFreeRegressionTargetsAreExactlyLinearInTheKnownCoefficients() {
        Property.forAll(ARGS, 83, 100, c -> {
            int p = c.integer("p");
            int informative = Math.min(p, c.integer("k"));
            Regression r = Regression.sample(c.integer("n"), p, informative, -2.5, 0.0, c.integer("seed"));
            double[] w = r.coef();
            for (int j = 0; j < p; j++) {
                assertTrue(j < informative ? w[j] >= 0 && w[j] < 100 : w[j] == 0.0, "w[" + j + "] = " + w[j]);
            }
            double[] fitted = r.data().features().multiply(w);
            double[] y = r.data().targets();
            for (int i = 0; i < y.length; i++) {
                assertEquals(fitted[i] - 2.5, y[i], REGRESSION_TOLERANCE * (1 + Math.abs(y[i])), "row " + i);
            }
            assertEquals(-2.5, r.intercept());
        });
    }

    @Test
    void blobPointsStayNearTheirCentres() {
        Blobs b = Blobs.sample(300, 3, 2, 0.5, 4);
        Matrix X = b.data().features();
        Matrix centers = b.centers();
        int[] y = b.data().labels();
        for (int i = 0; i < X.rows(); i++) {
            double d = Math.hypot(X.get(i, 0) - centers.get(y[i], 0), X.get(i, 1) - centers.get(y[i], 1));
            assertTrue(d < 0.5 * 6, "point " + i + " is " + d + " from its centre (6 σ)");
        }
        assertTrue(centers.maxAbs() <= 10.0);
    }

    @Test
    void spiralPointsLieWithinTheUnitDisc() {
        Matrix X = Spirals.sample(100, 3, 0.2, 5).features();
        for (int i = 0; i < X.rows(); i++) {
            assertTrue(Math.hypot(X.get(i, 0), X.get(i, 1)) <= 1.0 + ON_CURVE_TOLERANCE);
        }
    }

    @Test
    void classificationSeparatesClassesMoreAsClassSepGrows() {
        double near = centroidGap(Classification.sample(600, 5, 3, 3, 0.2, 6));
        double far = centroidGap(Classification.sample(600, 5, 3, 3, 4.0, 6));
        assertTrue(far > 4 * near, "centroid gap " + far + " vs " + near);
    }

    /**
     * Golden SHA-256 of each generator's bytes for fixed arguments (X row-major then y, as big-endian
     * doubles). Same seed, same bytes: on every run, every JDK and every platform. If this fails after
     * a deliberate change to a generator, update the hash and say so in the commit.
     */
    @Test
    void fixedSeedsGiveTheRecordedBytes() {
        assertAll(
                () -> assertEquals("c582fba711c98d8f4785850fa055b4700a940a81ba20c057358abb8b062b3122", hash(Moons.sample(200, 0.1, 42)), "moons"),
                () -> assertEquals("42da300d52618888651fe9365c29493ac4ca5822f9f0ce6e87194e6b4018e82c", hash(Circles.sample(200, 0.05, 0.5, 42)), "circles"),
                () -> assertEquals("0403c2335f7b1fcf57ffa6215386688123a1d9af93db5f20f2438c35102451d1", hash(Spirals.sample(100, 3, 0.2, 42)), "spirals"),
                () -> assertEquals("5012ae02c2282d3d0fcbb434ec912a78b409bff752f87f10b380a460367d7f90", hash(Blobs.sample(200, 3, 2, 1.0, 42).data()), "blobs"),
                () -> assertEquals("6785d378bbcc71514531a4691177cd65377e57fe9c51951a3d47ba8dddd02ed7", hash(Regression.sample(100, 5, 3, 1.5, 0.1, 42).data()), "regression"),
                () -> assertEquals("76adaa0d77ecdb8b5e591a1feeff2672bfc8aa58957592412d512874811e4150", hash(Classification.sample(200, 6, 3, 4, 1.0, 42)), "classification"));
    }

    private static double centroidGap(Dataset d) {
        Matrix X = d.features();
        int[] y = d.labels();
        double[][] mean = new double[3][3];
        int[] count = new int[3];
        for (int i = 0; i < X.rows(); i++) {
            count[y[i]]++;
            for (int j = 0; j < 3; j++) {
                mean[y[i]][j] += X.get(i, j);
            }
        }
        double gap = 0;
        for (int j = 0; j < 3; j++) {
            gap += Math.abs(mean[0][j] / count[0] - mean[1][j] / count[1]);
        }
        return gap;
    }

    static String hash(Dataset d) {
        double[] x = d.features().toRowMajorArray();
        double[] y = d.targets();
        ByteBuffer buf = ByteBuffer.allocate(8 * (x.length + y.length));
        for (double v : x) {
            buf.putDouble(v);
        }
        for (double v : y) {
            buf.putDouble(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buf.array()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badArgumentsNameTheOffendingValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Moons.sample(1, 0.1, 1));
        assertEquals("moons: n must be ≥ 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Circles.sample(10, 0.1, 1.0, 1));
        assertEquals("circles: factor must be in (0, 1), got 1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Classification.sample(10, 2, 1, 3, 1.0, 1));
        assertTrue(e.getMessage().contains("informative = 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Spirals.sample(10, 3, -0.1, 1));
        assertEquals("spirals: noise must be finite and ≥ 0, got -0.1", e.getMessage());
    }
}
