package org.mlbyhand.grading.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.tree.DecisionTreeClassifier;
import org.mlbyhand.core.tree.Tree;
import org.mlbyhand.grading.Forbidden;

/** A forbidden class is refused when the learner's code computes with it, not when it names one of its constants. */
class ForbiddenUseTest {
    private static final List<Forbidden> TREES = List.of(Forbidden.type(Tree.class),
            Forbidden.type(DecisionTreeClassifier.class));

    @Test
    void aCompileTimeConstantOfAForbiddenClassIsAllowed() throws Exception {
        Path classes = compile("Leaves", "static int leaves(int[] left) {\n"
                + "    int n = 0;\n"
                + "    for (int c : left) { n += c == org.mlbyhand.core.tree.Tree.TREE_LEAF ? 1 : 0; }\n"
                + "    return n;\n"
                + "}");
        assertNull(ForbiddenUse.check(classes, "org.mlbyhand.exercises.ps9.Leaves", TREES));
    }

    @Test
    void buildingAForbiddenModelIsRefused() throws Exception {
        Path classes = compile("Fit", "static Object fit(org.mlbyhand.core.linalg.Matrix X, int[] y) {\n"
                + "    return new org.mlbyhand.core.tree.DecisionTreeClassifier().fit(X, y);\n"
                + "}");
        assertEquals("your code (Fit) uses core's DecisionTreeClassifier: this exercise asks you to write it yourself.",
                ForbiddenUse.check(classes, "org.mlbyhand.exercises.ps9.Fit", TREES));
    }

    private static Path compile(String name, String body) throws Exception {
        Path src = Files.createTempDirectory("forbidden-src");
        Path out = Files.createTempDirectory("forbidden-classes");
        Path file = src.resolve(name + ".java");
        Files.writeString(file, "package org.mlbyhand.exercises.ps9;\npublic final class " + name + " {\n" + body + "\n}\n");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                "-cp", System.getProperty("java.class.path"), file.toString());
        assertEquals(0, status, "the fixture compiles");
        return out;
    }
}
