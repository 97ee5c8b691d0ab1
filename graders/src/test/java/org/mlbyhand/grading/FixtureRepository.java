package org.mlbyhand.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A small repository of the real one's shape, made for one test under {@code target/fixtures}: the
 * learner's sources ({@code exercises/src/main/java}, with the real NotImplementedYet), one grading
 * file ({@code graders/src/Victim.java}) for the learner's code to leave alone, and the stub of the
 * fixture exercise {@code org.mlbyhand.exercises.fixture.Copy} with whatever body the test gives it.
 */
final class FixtureRepository {
    static final String STUB = "exercises/src/main/java/org/mlbyhand/exercises/fixture/Copy.java";
    static final String VICTIM = "graders/src/Victim.java";
    private final Path root;

    private FixtureRepository(Path root) {
        this.root = root;
    }

    /** A fresh fixture repository named {@code name}. */
    static FixtureRepository create(String name) throws IOException {
        Path root = Path.of("target", "fixtures", name).toAbsolutePath();
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        String notImplemented = Files.readString(GradingSession.repository()
                .resolve("exercises/src/main/java/org/mlbyhand/exercises/NotImplementedYet.java"));
        FixtureRepository repo = new FixtureRepository(root);
        repo.write("exercises/src/main/java/org/mlbyhand/exercises/NotImplementedYet.java", notImplemented);
        repo.write(VICTIM, "class Victim {\n}\n");
        return repo;
    }

    Path root() {
        return root;
    }

    /** Writes the stub {@code Copy} whose {@code copy(Matrix A)} method has {@code body}; {@code extra} goes inside the class. */
    FixtureRepository stub(String body, String extra) throws IOException {
        return write(STUB, "package org.mlbyhand.exercises.fixture;\n\n"
                + "import org.mlbyhand.core.linalg.Matrix;\n\n"
                + "/** The fixture exercise: return a copy of A. */\n"
                + "public final class Copy {\n"
                + "    private Copy() {\n    }\n\n"
                + "    /** Returns a copy of A: for 0 <= i < m, B[i][j] = A[i][j] & nothing else. */\n"
                + "    public static Matrix copy(Matrix A) {\n" + body.indent(8) + "    }\n" + extra.indent(4) + "}\n");
    }

    /** The loops a correct copy needs, as a body. */
    static String loops() {
        return "Matrix B = Matrix.zeros(A.rows(), A.cols());\n"
                + "for (int i = 0; i < A.rows(); i++) {\n"
                + "    for (int j = 0; j < A.cols(); j++) {\n"
                + "        B.set(i, j, A.get(i, j));\n"
                + "    }\n"
                + "}\n"
                + "return B;";
    }

    FixtureRepository write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    /** Grades the fixture exercise's learner code as {@code ./mvnw test} would. */
    Verdict grade() {
        return new LearnerGrading(root).grade(new CopyGrader());
    }
}
