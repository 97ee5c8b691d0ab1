/**
 * The exercises: one package per problem set ({@code ps0}, {@code ps1}, ...), one class per exercise.
 * Each class says the task, the math and the signature in its Javadoc; you write the body where it
 * says {@code TODO}, then run {@code ./mvnw test -Dexercise=NAME} to be graded.
 */
package org.mlbyhand.exercises;
