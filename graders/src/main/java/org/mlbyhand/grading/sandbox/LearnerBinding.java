package org.mlbyhand.grading.sandbox;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.grading.Grader;

/**
 * Binds a grader to the learner's code without the graders being compiled against it: the stub class
 * is named by the exercise ({@code org.mlbyhand.exercises.ps0.MatrixMultiply}), its one public static
 * method is the learner's answer, and it is adapted to the grader's function type ({@code F} of
 * {@code Grader<F>}, for example {@code BinaryOperator<Matrix>}). Runs in the sandbox only: the
 * grading process never loads the learner's classes.
 */
public final class LearnerBinding {
    private LearnerBinding() {
    }

    /** Why the learner's class could not be bound: said to the learner as it is. */
    static final class BindingException extends Exception {
        private static final long serialVersionUID = 1L;

        BindingException(String message) {
            super(message);
        }
    }

    /** Returns the learner's implementation of {@code grader}'s exercise, as the grader's function type. */
    static <F> F bind(Grader<F> grader) throws BindingException {
        String className = grader.exercise().stubClass();
        Class<?> stub;
        try {
            stub = Class.forName(className, false, LearnerBinding.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BindingException("class " + className + " could not be loaded: " + e);
        }
        Method method = theMethod(stub);
        Class<F> type = functionType(grader.getClass());
        try {
            MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
            return MethodHandleProxies.asInterfaceInstance(type, handle);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new BindingException(stub.getSimpleName() + "." + method.getName()
                    + " does not have the signature the stub declared: " + e.getMessage());
        }
    }

    /** The stub's one public static method. */
    private static Method theMethod(Class<?> stub) throws BindingException {
        List<Method> methods = new ArrayList<>();
        for (Method m : stub.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                methods.add(m);
            }
        }
        if (methods.size() != 1) {
            throw new BindingException(stub.getSimpleName() + " must keep exactly one public static method, the one"
                    + " the stub declared, but it has " + methods.size() + (methods.isEmpty() ? "" : ": " + methods)
                    + ". Make your helper methods private.");
        }
        return methods.get(0);
    }

    /** The raw class of F in {@code graderClass extends ... Grader<F>}. */
    @SuppressWarnings("unchecked")
    public static <F> Class<F> functionType(Class<?> graderClass) {
        for (Class<?> c = graderClass; c != null; c = c.getSuperclass()) {
            Type parent = c.getGenericSuperclass();
            if (parent instanceof ParameterizedType && ((ParameterizedType) parent).getRawType() == Grader.class) {
                Type f = ((ParameterizedType) parent).getActualTypeArguments()[0];
                Type raw = f instanceof ParameterizedType ? ((ParameterizedType) f).getRawType() : f;
                if (raw instanceof Class && ((Class<?>) raw).isInterface()) {
                    return (Class<F>) raw;
                }
                break;
            }
        }
        throw new IllegalStateException(graderClass.getName() + " must extend Grader<F> with F a functional interface");
    }
}
