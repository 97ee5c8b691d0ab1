package org.mlbyhand.grading;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.mlbyhand.core.property.Case;

/**
 * A milestone for the engine's tests: "train until 98% accuracy", where the learner's code is one
 * epoch ({@code epoch → accuracy after it}) and the milestone drives the loop, reporting progress after
 * each epoch. Its budget is two seconds per check, so a slow learner is stopped and told how far it got.
 */
public final class TrainingMilestone extends Milestone<IntToDoubleFunction> {
    static final String SLOW = "learns slowly";
    static final Budget TWO_SECONDS = Milestone.LONG.withTime(Duration.ofSeconds(2)).withHeap(256);

    @Override
    public Exercise exercise() {
        return new Exercise("test", "train", "Train to 98% accuracy", 20, "none");
    }

    @Override
    public IntToDoubleFunction reference() {
        return epoch -> 1 - 0.5 / epoch;
    }

    @Override
    public List<Bug<IntToDoubleFunction>> bugs() {
        return List.of(new Bug<>(SLOW, "", epoch -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0.9 + 0.001 * epoch;
        }));
    }

    @Override
    public Budget budget() {
        return TWO_SECONDS;
    }

    @Override
    public Object call(IntToDoubleFunction epoch, Case c) {
        double accuracy = 0;
        for (int k = 1; k <= c.integer("epochs"); k++) {
            accuracy = epoch.applyAsDouble(k);
            Progress.report(String.format(Locale.ROOT, "epoch %d, %.1f%% accuracy, needs 98.0%%", k, 100 * accuracy));
            if (accuracy >= 0.98) {
                break;
            }
        }
        return accuracy;
    }

    @Override
    public void declare(Checks checks) {
        checks.holds("reaches 98% accuracy within 100 epochs", Case.of("epochs", 100),
                (c, run) -> Expect.that((Double) run.on(c) >= 0.98, "your training stopped below 98% accuracy."));
    }
}
