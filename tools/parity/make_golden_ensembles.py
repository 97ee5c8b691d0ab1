#!/usr/bin/python3
"""Writes the scikit-learn golden files that core's ensemble parity tests read
(RandomForestVersusScikitLearnTest, GradientBoostingVersusScikitLearnTest).

    /usr/bin/python3 tools/parity/make_golden_ensembles.py          (from the repository root)

Needs Debian's scikit-learn 1.2 (see make_golden.py, whose data loaders and JSON writer this reuses, and
make_golden_trees.py, whose float32 rounding and wine loader it reuses). Writes
core/src/test/resources/golden/forest_scores.json, boosting_regressor.json and boosting_classifier.json;
rerunning on the same versions rewrites them byte for byte.

Random forests cannot share scikit-learn's random stream (its bootstrap draws come from NumPy's
generator), so forest_scores.json holds scores, not trees: on a fixed stratified 70/30 split of breast
cancer and wine (and a 70/30 split of diabetes for the regressor), the test accuracy (R²) and oob_score_
of RandomForestClassifier/Regressor(n_estimators=100, oob_score=True, random_state=s) for s = 0 … 9 and
their means. The Java test compares its own mean over 10 seeds with scikit-learn's (within 2 points).

Gradient boosting with subsample=1 and max_features=None is deterministic up to ties: scikit-learn
still visits the features in a random order at every node, so where two features give equally good
splits (real data: duplicated values, correlated features; small nodes, where one row is extreme in
two features; absolute_error's ±1 residuals, whose sums are integers) the tree depends on random_state.
Every case below is fitted with random_state = 0 … 19 and kept only if all 20 fits grow the same trees
(children, features, thresholds): the script tries data seeds 0, 1, … and records the first that is
tie-free. Hence synthetic float32-representable data, min_samples_leaf ≥ 5 on 3-D data, and one-feature
data (no two features to tie) for the defaults and for absolute_error. Each case records the settings,
init_, train_score_, predictions on the training rows X and on new rows X_new (classifiers: labels,
predict_proba and decision_function), staged predictions on X_new at a few stages, feature_importances_,
the trees of the first stages (children_left, feature, threshold, value with the line-search leaves), and
reference_spread: the largest difference of any recorded number between the 20 random states (rounding:
the rows reach a node's sums in an order that depends on random_state).
"""
import os
import sys

import numpy as np
from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor, RandomForestClassifier,
                              RandomForestRegressor)
from sklearn.model_selection import train_test_split

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_golden as mg  # noqa: E402  (data loaders, versions, to_json)
import make_golden_trees as mt  # noqa: E402  (f32, wine, new_rows)

SCRIPT = "tools/parity/make_golden_ensembles.py"
RANDOM_STATES = 20
FOREST_SEEDS = 10
STAGES_RECORDED = [0, 1, 9, 49, 99]
TREES_RECORDED = 10


# ------------------------------------------------------------------ random forests
def forest_file():
    Xb, yb = mg.breast_cancer()
    Xw, yw = mt.wine()
    Xd, yd = mg.diabetes()
    sets = []
    for name, X, y, classifier in [("breast_cancer", Xb, yb, True), ("wine", Xw, yw, True), ("diabetes", Xd, yd, False)]:
        X = mt.f32(X)
        idx = np.arange(len(y))
        train, test = train_test_split(idx, test_size=0.3, random_state=0, stratify=y if classifier else None)
        train, test = np.sort(train), np.sort(test)
        scores, oob = [], []
        for s in range(FOREST_SEEDS):
            cls = RandomForestClassifier if classifier else RandomForestRegressor
            m = cls(n_estimators=100, oob_score=True, random_state=s).fit(X[train], y[train])
            scores.append(m.score(X[test], y[test]))
            oob.append(m.oob_score_)
        sets.append({"name": name, "task": "classification" if classifier else "regression", "X": X, "y": y,
                     "train": train, "test": test, "test_scores": scores, "oob_scores": oob,
                     "mean_test_score": float(np.mean(scores)), "mean_oob_score": float(np.mean(oob))})
    write("forest_scores.json", {
        "description": "RandomForestClassifier / RandomForestRegressor(n_estimators=100, oob_score=True, random_state=s), "
                       "s = 0..9, fitted on X[train], y[train] (float32-representable X; a train_test_split(test_size=0.3, "
                       "random_state=0, stratified for classification)). test_scores: est.score(X[test], y[test]) (accuracy, "
                       "or R^2); oob_scores: est.oob_score_; and their means. Other defaults: criterion gini / squared_error, "
                       "max_features 'sqrt' / 1.0, bootstrap=True, max_depth=None.",
        "seeds": FOREST_SEEDS, "datasets": sets})


# ------------------------------------------------------------------ gradient boosting data
def wavy_1d(seed, n=300):
    """One feature uniform in [-2, 2], integer targets round(10·sin 3x + 3·noise)."""
    rng = np.random.default_rng(seed)
    x = mt.f32(rng.uniform(-2, 2, (n, 1)))
    return x, np.round(10 * np.sin(3 * x[:, 0]) + 3 * rng.standard_normal(n))


def friedman_3d(seed, n=400):
    """Three Gaussian features, integer targets round(10·sin 2x0 + 5·x1² − 4·x2 + 3·noise)."""
    rng = np.random.default_rng(seed)
    X = mt.f32(rng.standard_normal((n, 3)))
    return X, np.round(10 * np.sin(2 * X[:, 0]) + 5 * X[:, 1] ** 2 - 4 * X[:, 2] + 3 * rng.standard_normal(n))


def classes(seed, n, p, k):
    """Gaussian features; label = argmax of k noisy linear scores (make_golden_trees.gaussian_classes)."""
    return mt.gaussian_classes(seed, n, p, k)


def binary(seed, n, p):
    """The same with 3 scores, label 1 where score 0 wins."""
    X, y = mt.gaussian_classes(seed, n, p, 3)
    return X, (y == 0).astype(int)


REGRESSION_CASES = [
    ("squared_error, wavy_1d, defaults", lambda s: wavy_1d(s), dict(loss="squared_error")),
    ("absolute_error, wavy_1d, defaults", lambda s: wavy_1d(s), dict(loss="absolute_error")),
    ("huber, wavy_1d, defaults (alpha=0.9)", lambda s: wavy_1d(s), dict(loss="huber")),
    ("squared_error, friedman_3d, min_samples_leaf=10", lambda s: friedman_3d(s), dict(loss="squared_error", min_samples_leaf=10)),
    ("huber, friedman_3d, alpha=0.8, learning_rate=0.2, max_depth=4, min_samples_leaf=10", lambda s: friedman_3d(s),
     dict(loss="huber", alpha=0.8, learning_rate=0.2, max_depth=4, min_samples_leaf=10)),
    ("squared_error, friedman_3d, criterion=squared_error, max_depth=2, learning_rate=0.5, n_estimators=50, min_samples_leaf=10",
     lambda s: friedman_3d(s), dict(loss="squared_error", criterion="squared_error", max_depth=2, learning_rate=0.5,
                                    n_estimators=50, min_samples_leaf=10)),
]

CLASSIFICATION_CASES = [
    ("binary, binary_1d, defaults", lambda s: binary(s, 300, 1), dict()),
    ("3 classes, classes_1d, defaults", lambda s: classes(s, 300, 1, 3), dict()),
    ("binary, binary_3d, min_samples_leaf=10", lambda s: binary(s, 400, 3), dict(min_samples_leaf=10)),
    ("3 classes, classes_3d, min_samples_leaf=10", lambda s: classes(s, 400, 3, 3), dict(min_samples_leaf=10)),
    ("4 classes, classes_3d, learning_rate=0.3, max_depth=2, n_estimators=60, min_samples_leaf=5",
     lambda s: classes(s, 400, 3, 4), dict(learning_rate=0.3, max_depth=2, n_estimators=60, min_samples_leaf=5)),
]


# ------------------------------------------------------------------ gradient boosting records
def same_trees(a, b):
    for sa, sb in zip(a.estimators_, b.estimators_):
        for ta, tb in zip(sa, sb):
            ta, tb = ta.tree_, tb.tree_
            if not (np.array_equal(ta.children_left, tb.children_left) and np.array_equal(ta.feature, tb.feature)
                    and np.array_equal(ta.threshold, tb.threshold)):
                return False
    return True


def tie_free(cls, data, params):
    """The first data seed on which random_state 0..19 grow the same trees, its data and the 20 models."""
    for seed in range(20):
        X, y = data(seed)
        models = [cls(random_state=0, **params).fit(X, y)]
        for s in range(1, RANDOM_STATES):
            models.append(cls(random_state=s, **params).fit(X, y))
            if not same_trees(models[0], models[-1]):
                break
        else:
            return seed, X, y, models
    sys.exit("no tie-free data seed for %s %r" % (cls.__name__, params))


def settings(params, classifier):
    md = params.get("max_depth", 3)
    out = {"learning_rate": float(params.get("learning_rate", 0.1)), "n_estimators": params.get("n_estimators", 100),
           "criterion": params.get("criterion", "friedman_mse"), "max_depth": -1 if md is None else md,
           "min_samples_leaf": params.get("min_samples_leaf", 1), "subsample": 1.0}
    if not classifier:
        out.update({"loss": params["loss"], "alpha": float(params.get("alpha", 0.9))})
    return out


def trees(m):
    """The trees of the first stages, stage by stage and tree column k by k, with the line-search leaf values."""
    return [{"stage": s, "k": k, "children_left": t.tree_.children_left, "feature": t.tree_.feature,
             "threshold": t.tree_.threshold, "value": t.tree_.value[:, 0, 0]}
            for s, stage in enumerate(m.estimators_[:TREES_RECORDED]) for k, t in enumerate(stage)]


def answers(m, X, X_new, classifier):
    stages = [s for s in STAGES_RECORDED if s < m.n_estimators_]
    out = {"init": m._raw_predict_init(X[:1])[0], "n_estimators_": m.n_estimators_, "train_score": m.train_score_,
           "feature_importances": m.feature_importances_, "staged_stages": stages}
    if classifier:
        staged = list(m.staged_predict_proba(X_new))
        out.update({"train_predict": m.predict(X), "new_predict": m.predict(X_new), "train_proba": m.predict_proba(X),
                    "new_proba": m.predict_proba(X_new),
                    "new_decision_function": m.decision_function(X_new).reshape(len(X_new), -1),
                    "new_staged_proba": [{"stage": s, "proba": staged[s]} for s in stages]})
    else:
        staged = list(m.staged_predict(X_new))
        out.update({"train_predict": m.predict(X), "new_predict": m.predict(X_new),
                    "new_staged_predict": [staged[s] for s in stages]})
    return out


def numbers(record):
    values = [v if k != "new_staged_proba" else [x["proba"] for x in v] for k, v in record.items() if k != "staged_stages"]
    return np.concatenate([np.ravel(np.asarray(v, dtype=float)) for v in values])


def boosting_file(name, cls, cases, classifier):
    datasets, records = {}, []
    for case_name, data, params in cases:
        seed, X, y, models = tie_free(cls, data, params)
        key = "%s_%d" % (case_name.split(", ")[1], seed)
        if key not in datasets:
            datasets[key] = {"data_seed": seed, "X": X, "y": y, "X_new": mt.new_rows(X, 40 + len(datasets))}
        X_new = datasets[key]["X_new"]
        rec = {"name": case_name, "data": key}
        rec.update(settings(params, classifier))
        rec.update(answers(models[0], X, X_new, classifier))
        reference = numbers(answers(models[0], X, X_new, classifier))
        spread = max(float(np.max(np.abs(reference - numbers(answers(o, X, X_new, classifier))))) for o in models[1:])
        rec["reference_spread"] = spread
        rec["trees"] = trees(models[0])
        records.append(rec)
    what = "GradientBoostingClassifier(loss='log_loss'" if classifier else "GradientBoostingRegressor(loss"
    write(name, {
        "description": what + ", learning_rate, n_estimators, criterion, max_depth, min_samples_leaf, alpha, subsample=1.0, "
                       "max_features=None, random_state=0).fit(X, y) on float32-representable X (y integer targets or labels "
                       "0..k-1); every case grows the same trees for random_state 0..19 (no tied splits), on the first "
                       "data seed where it does. max_depth -1 = None. init: the raw initial prediction (length K); "
                       "train_score: train_score_; train_*/new_*: on X and X_new; new_staged_*: staged_predict(_proba) "
                       "on X_new after the stages listed in staged_stages (0-based); trees: estimators_ of the first "
                       "stages (one record per stage and tree column k), value = tree_.value[:, 0, 0] after the line search; reference_spread: the largest "
                       "difference of the recorded numbers between the 20 random states.",
        "random_states_checked": RANDOM_STATES, "datasets": datasets, "cases": records})


def write(name, payload):
    doc = {"generator": SCRIPT, "versions": mg.versions()}
    doc.update(payload)
    with open(os.path.join(mg.OUT, name), "w") as f:
        f.write(mg.to_json(doc, 0))
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(mg.OUT, name), mg.ROOT), file=sys.stderr)


if __name__ == "__main__":
    forest_file()
    boosting_file("boosting_regressor.json", GradientBoostingRegressor, REGRESSION_CASES, False)
    boosting_file("boosting_classifier.json", GradientBoostingClassifier, CLASSIFICATION_CASES, True)
