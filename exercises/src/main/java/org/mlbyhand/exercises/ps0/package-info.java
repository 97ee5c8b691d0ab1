/**
 * Problem set 0, matrix numerics: the kernels and factorisations every later model stands on.
 * Solve them in the order the scoreboard lists them ({@code ./mvnw test} prints it).
 * Grade one with {@code ./mvnw test -Dexercise=NAME}, the whole set with {@code ./mvnw test -Dps=0}.
 */
package org.mlbyhand.exercises.ps0;
