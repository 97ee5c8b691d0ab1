package org.mlbyhand.grading.learner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mlbyhand.grading.Forbidden;

/**
 * Refuses learner code, before it runs, that uses what its exercise asks the learner to write (the
 * grader's {@link Forbidden} list: {@code return A.multiply(B);} in the matrix-multiply exercise), that
 * refers to the grading engine or the graders, or that uses reflection, method handles,
 * {@code Unsafe} or class loaders (with which it could reach a grader's reference). It reads the
 * constant pools of every class the learner's compilation produced.
 */
public final class ForbiddenUse {
    private static final List<String> ENGINE = List.of("org.mlbyhand.grading.", "org.mlbyhand.graders.");
    private static final List<String> REFLECTIVE_CLASSES = List.of("java.lang.reflect.", "java.lang.ClassLoader",
            "java.net.URLClassLoader", "sun.misc.Unsafe", "jdk.internal.");
    private static final List<String> REFLECTIVE_CLASS_METHODS = List.of("forName", "getDeclaredMethod",
            "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField", "getDeclaredFields", "getField",
            "getFields", "getDeclaredConstructor", "getDeclaredConstructors", "getConstructor", "getConstructors",
            "newInstance", "getClassLoader", "getRecordComponents");

    /** What javac itself calls for lambdas, method references and string concatenation: allowed. */
    private static final List<String> LANGUAGE_BOOTSTRAPS = List.of("java.lang.invoke.LambdaMetafactory",
            "java.lang.invoke.StringConcatFactory");

    private ForbiddenUse() {
    }

    /**
     * Returns why the answer of {@code stubClass} (the stub's classes and the learner's classes they
     * use, under {@code classes}) is refused, as one sentence a learner reads, or null when it uses
     * nothing forbidden.
     */
    public static String check(Path classes, String stubClass, List<Forbidden> forbidden) throws IOException {
        for (Path file : LearnerClasses.of(classes, stubClass)) {
            String learnerClass = classes.relativize(file).toString().replace('\\', '/').replace('/', '.')
                    .replaceAll("\\.class$", "");
            String why = check(ConstantPool.read(Files.readAllBytes(file)), forbidden);
            if (why != null) {
                return "your code (" + simple(learnerClass) + ") " + why;
            }
        }
        return null;
    }

    private static String check(ConstantPool pool, List<Forbidden> forbidden) {
        for (Forbidden f : forbidden) {
            // A whole class counts as used when code calls or reads a member of it: javac also lists a class
            // whose compile-time constant it inlined (Tree.TREE_LEAF), and using a constant computes nothing.
            if (f.method() == null && pool.members().stream().anyMatch(m -> m.owner().equals(f.owner()))) {
                return "uses " + f.describe() + ": this exercise asks you to write it yourself.";
            }
            for (ConstantPool.Member m : pool.members()) {
                if (m.owner().equals(f.owner()) && (f.method() == null || m.name().equals(f.method()))) {
                    return "calls " + f.describe() + ": this exercise asks you to write it yourself.";
                }
            }
        }
        for (String c : pool.classes()) {
            if (ENGINE.stream().anyMatch(c::startsWith)) {
                return "refers to " + c + ", part of the graders: exercises may use core, never the graders.";
            }
            if (REFLECTIVE_CLASSES.stream().anyMatch(c::startsWith)) {
                return "uses " + c + ": exercises are solved with plain code, and reflection could reach the"
                        + " graders' reference.";
            }
        }
        for (ConstantPool.Member m : pool.members()) {
            boolean reflective = m.owner().equals("java.lang.Class") && REFLECTIVE_CLASS_METHODS.contains(m.name())
                    || m.owner().startsWith("java.lang.invoke.") && !LANGUAGE_BOOTSTRAPS.contains(m.owner())
                    || m.owner().equals("java.lang.Thread") && m.name().equals("getContextClassLoader");
            if (reflective) {
                return "calls " + m.owner() + "." + m.name() + ": exercises are solved with plain code, and"
                        + " reflection could reach the graders' reference.";
            }
        }
        return null;
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
