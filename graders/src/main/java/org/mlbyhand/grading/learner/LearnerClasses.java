package org.mlbyhand.grading.learner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The compiled classes that make up one exercise's answer: the stub's class, its nested classes, and
 * every class of the learner's package they refer to (a helper class the learner wrote), found through
 * their constant pools in a classes directory.
 */
final class LearnerClasses {
    static final String PACKAGE = "org.mlbyhand.exercises.";

    private LearnerClasses() {
    }

    /** The class files of {@code stubClass}'s answer under {@code classes}; missing ones are left out. */
    static Set<Path> of(Path classes, String stubClass) throws IOException {
        Set<Path> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        pending.add(stubClass);
        while (!pending.isEmpty()) {
            String name = pending.poll();
            if (!seen.add(outer(name))) {
                continue;
            }
            for (Path file : filesOf(classes, outer(name))) {
                found.add(file);
                for (String c : ConstantPool.read(Files.readAllBytes(file)).classes()) {
                    if (c.startsWith(PACKAGE) && !seen.contains(outer(c))) {
                        pending.add(c);
                    }
                }
            }
        }
        return found;
    }

    /** The class file of a top-level class and those of its nested classes. */
    private static Set<Path> filesOf(Path classes, String topLevel) throws IOException {
        Path file = classes.resolve(topLevel.replace('.', '/') + ".class");
        Set<Path> files = new LinkedHashSet<>();
        if (!Files.isRegularFile(file)) {
            return files;
        }
        files.add(file);
        String prefix = file.getFileName().toString().replace(".class", "$");
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().forEach(files::add);
        }
        return files;
    }

    /** {@code a.b.Outer$Inner} → {@code a.b.Outer}. */
    static String outer(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
