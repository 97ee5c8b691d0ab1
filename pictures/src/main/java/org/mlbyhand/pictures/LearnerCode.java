package org.mlbyhand.pictures;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The learner's exercises as Maven compiled them ({@code exercises/target/classes}), called by
 * reflection so that this module builds whatever state they are in: a method of an exercise that is
 * missing, does not compile or still throws NotImplementedYet gives an empty result, and the picture
 * uses core's model instead.
 */
final class LearnerCode {
    private final ClassLoader loader;

    private LearnerCode(ClassLoader loader) {
        this.loader = loader;
    }

    /** The learner's compiled exercises under {@code repository}, or none when they were not built. */
    static LearnerCode in(Path repository) {
        Path classes = repository.resolve("exercises/target/classes");
        if (!Files.isDirectory(classes)) {
            return new LearnerCode(null);
        }
        try {
            return new LearnerCode(new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    LearnerCode.class.getClassLoader()));
        } catch (MalformedURLException e) {
            return new LearnerCode(null);
        }
    }

    /**
     * Calls the learner's {@code exercise.method(args)}: empty when the exercise is not built, not
     * started, or throws.
     *
     * @param exercise the stub's class within {@code org.mlbyhand.exercises}, {@code "ps1.Sigmoid"}
     */
    <T> Optional<T> call(String exercise, String method, Class<T> result, Class<?>[] types, Object... args) {
        if (loader == null) {
            return Optional.empty();
        }
        try {
            Method m = Class.forName("org.mlbyhand.exercises." + exercise, true, loader).getMethod(method, types);
            return Optional.ofNullable(result.cast(m.invoke(null, args)));
        } catch (InvocationTargetException e) {
            return Optional.empty(); // not started (NotImplementedYet), or it threw
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return Optional.empty(); // not built, or its signature changed
        }
    }
}
