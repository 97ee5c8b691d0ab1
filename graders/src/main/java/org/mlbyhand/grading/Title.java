package org.mlbyhand.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a problem set: put it on the {@code package-info.java} of a graders package named
 * {@code psN} ({@code @Title("Matrix numerics") package org.mlbyhand.graders.ps0;}). The number in the
 * package name is the problem set's place in the course; {@link Curriculum} finds the package and
 * every grader in it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Title {
    /** What the problem set teaches, as the scoreboard shows it: {@code "Matrix numerics"}. */
    String value();
}
