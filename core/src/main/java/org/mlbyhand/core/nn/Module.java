package org.mlbyhand.core.nn;

import java.util.List;
import org.mlbyhand.core.autograd.Value;

/** Anything with trainable parameters: micrograd's {@code Module}. */
public abstract class Module {

    /** Returns the parameters, in a fixed order (the objects themselves: an optimizer changes them in place). */
    public abstract List<Value> parameters();

    /** Sets the gradient of every parameter to 0, before the next backward pass (the parameters are modified). */
    public void zeroGrad() {
        for (Value p : parameters()) {
            p.zeroGrad();
        }
    }
}
