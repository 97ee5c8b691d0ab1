package org.mlbyhand.grading;

/**
 * A result the sandbox could not send as data: an object of a class that is not a registered value
 * type, a record, or a list of them. Only its class name crosses the process boundary, so the
 * comparison can say "expected a 3×2 matrix, but your code returned a HashMap".
 *
 * @param className the class of the object the learner's code returned
 */
public record Foreign(String className) {

    /** "a HashMap". */
    public String describe() {
        return "a " + className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
