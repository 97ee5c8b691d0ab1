/**
 * Running learner code in a child JVM that can be stopped: a learner's infinite loop costs one
 * check's time budget and nothing else.
 */
package org.mlbyhand.grading.sandbox;
