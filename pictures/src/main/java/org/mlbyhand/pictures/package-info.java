/**
 * Pictures of the learner's own models, drawn outside {@code core}: each runs the learner's
 * implementation of an exercise on bundled data (or core's, when the exercise is not solved yet, and
 * the picture says so) and writes a PNG under {@code target/pictures/}. Run {@code ./pictures}.
 */
package org.mlbyhand.pictures;
