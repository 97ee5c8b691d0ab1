#!/usr/bin/python3
"""Writes the scikit-learn golden files that core's tree parity tests read (TreeVersusScikitLearnTest).

    /usr/bin/python3 tools/parity/make_golden_trees.py          (from the repository root)

Needs Debian's scikit-learn 1.2 (see make_golden.py, whose data loaders and JSON writer this reuses).
Writes core/src/test/resources/golden/tree_classifier.json, tree_regressor.json and tree_pruning.json;
rerunning on the same versions rewrites them byte for byte.

What makes a tree reproducible outside scikit-learn, and how the inputs are chosen:
  - float32. scikit-learn rounds X to float32 before fitting and predicting. Every X written here is
    already float32-representable (X.astype(float32).astype(float64)), so a float64 implementation
    sees exactly the numbers scikit-learn sees.
  - ties. At every node scikit-learn visits the features in a random order (even with
    max_features=None) and keeps the first of equally good splits, so on a tie the tree depends on
    random_state. Every case below is fitted with random_state = 0 … 19 and written only if all 20
    trees are identical (the script stops otherwise): on such data no two candidate splits tie.
  - exact sums. Regression targets are integers and sample weights are multiples of 1/4, so every
    weighted count, sum and sum of squares is exact in float64, whatever order it is summed in: the
    answers then do not depend on the order scikit-learn's unstable sort leaves the rows in.
Each case records the hyper-parameters (max_depth -1 means None), the sample weights ([] = none), the
tree_ arrays (value: weighted class counts as scikit-learn 1.2 stores them, or the mean), depth, leaf
count, feature_importances_, predict and apply on the training rows and on seeded new rows X_new, and
on X_new predict_proba and decision_path (CSR: row r's nodes are indices[indptr[r]:indptr[r+1]]).
"""
import csv
import os
import sys

import numpy as np
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_golden as mg  # noqa: E402  (data loaders, versions, to_json)

SCRIPT = "tools/parity/make_golden_trees.py"
RANDOM_STATES = 20


# ------------------------------------------------------------------ inputs
def f32(X):
    """X rounded to float32, as scikit-learn's trees see it, stored back as float64."""
    return np.asarray(X, dtype=np.float32).astype(np.float64)


def wine():
    """178×13 features, labels 0, 1, 2 = class_0, class_1, class_2."""
    with open(os.path.join(mg.DATA, "wine.csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([r[:13] for r in rows], dtype=float), np.array([int(r[13][-1]) for r in rows])


def new_rows(X, seed, m=60):
    """m seeded rows uniform within each feature's training range, rounded to float32."""
    rng = np.random.default_rng(seed)
    lo, hi = X.min(axis=0), X.max(axis=0)
    return f32(lo + (hi - lo) * rng.random((m, X.shape[1])))


def gaussian_classes(seed, n, p, k):
    """Gaussian features; label = argmax of k noisy linear scores."""
    rng = np.random.default_rng(seed)
    X = f32(rng.standard_normal((n, p)))
    W = rng.standard_normal((p, k))
    return X, np.argmax(X @ W + 0.7 * rng.standard_normal((n, k)), axis=1)


def wavy_targets(seed, n):
    """One feature, integer targets round(10·sin 3x + noise)."""
    rng = np.random.default_rng(seed)
    x = f32(rng.uniform(-2, 2, (n, 1)))
    return x, np.round(10 * np.sin(3 * x[:, 0]) + 3 * rng.standard_normal(n))


def classification_data():
    X, y = wine()
    data = {"wine": (f32(X), y)}
    data["gaussian_1d"] = gaussian_classes(0, 300, 1, 3)
    data["gaussian_3d"] = gaussian_classes(1, 300, 3, 3)
    data["gaussian_5d"] = gaussian_classes(0, 400, 5, 3)
    return data


def regression_data():
    X, y = mg.diabetes()
    return {"diabetes": (f32(X), y), "wavy_1d": wavy_targets(3, 200)}


def quarter_weights(seed, n):
    """Sample weights in {0, 0.25, …, 3}: a few rows of weight 0, every sum exact."""
    return np.random.default_rng(seed).integers(0, 13, n) / 4.0


def bootstrap_weights(seed, n):
    """How often each row is drawn in n draws with replacement (a random forest's sample weights)."""
    return np.bincount(np.random.default_rng(seed).integers(0, n, n), minlength=n).astype(float)


# ------------------------------------------------------------------ fitting and recording
def fit(cls, X, y, w, random_state, **params):
    return cls(random_state=random_state, **params).fit(X, y, sample_weight=w)


def arrays(t):
    return [t.children_left, t.children_right, t.feature, t.threshold, t.value, t.impurity,
            t.n_node_samples, t.weighted_n_node_samples]


def fit_without_ties(name, cls, X, y, w, **params):
    """The tree of random_state 0, after checking that random_state 1 … 19 give the same tree."""
    m = fit(cls, X, y, w, 0, **params)
    for s in range(1, RANDOM_STATES):
        other = fit(cls, X, y, w, s, **params)
        if not all(np.array_equal(a, b) for a, b in zip(arrays(m.tree_), arrays(other.tree_))):
            sys.exit("case %r: random_state %d grows another tree (candidate splits tie); choose other data" % (name, s))
    return m


def tree_record(t, classifier):
    value = t.value[:, 0, :] if classifier else t.value[:, 0, 0]
    return {"children_left": t.children_left, "children_right": t.children_right, "feature": t.feature,
            "threshold": t.threshold, "value": value, "impurity": t.impurity, "n_node_samples": t.n_node_samples,
            "weighted_n_node_samples": t.weighted_n_node_samples}


def responses(m, X, prefix, classifier):
    out = {prefix + "predict": m.predict(X), prefix + "apply": m.apply(X)}
    if prefix == "new_":
        path = m.decision_path(X)
        out.update({prefix + "decision_path_indptr": path.indptr, prefix + "decision_path_indices": path.indices})
    if classifier and prefix == "new_":
        out[prefix + "proba"] = m.predict_proba(X)
    return out


def settings(params, w):
    md = params.get("max_depth")
    return {"criterion": params["criterion"], "max_depth": -1 if md is None else md,
            "min_samples_split": params.get("min_samples_split", 2), "min_samples_leaf": params.get("min_samples_leaf", 1),
            "min_impurity_decrease": float(params.get("min_impurity_decrease", 0.0)),
            "ccp_alpha": float(params.get("ccp_alpha", 0.0)), "sample_weight": [] if w is None else w}


def case(name, cls, data, X_new, w=None, **params):
    X, y = data
    classifier = cls is DecisionTreeClassifier
    m = fit_without_ties(name, cls, X, y, w, **params)
    rec = {"name": name}
    rec.update(settings(params, w))
    rec["tree"] = tree_record(m.tree_, classifier)
    rec.update({"depth": m.get_depth(), "n_leaves": m.get_n_leaves(), "feature_importances": m.feature_importances_})
    rec.update(responses(m, X, "train_", classifier))
    rec.update(responses(m, X_new, "new_", classifier))
    return rec


def write(name, payload):
    doc = {"generator": SCRIPT, "versions": mg.versions()}
    doc.update(payload)
    with open(os.path.join(mg.OUT, name), "w") as f:
        f.write(mg.to_json(doc, 0))
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(mg.OUT, name), mg.ROOT), file=sys.stderr)


def datasets_record(data, new):
    return {k: {"X": X, "y": y, "X_new": new[k]} for k, (X, y) in data.items()}


# ------------------------------------------------------------------ the three files
def classifier_file():
    data = classification_data()
    new = {k: new_rows(X, 10 + i) for i, (k, (X, y)) in enumerate(data.items())}
    C = DecisionTreeClassifier
    cases = []
    for crit in ["gini", "entropy"]:
        def add(name, d, w=None, **p):
            cases.append(dict(case(crit + ", " + name, C, data[d], new[d], w, criterion=crit, **p), data=d))
        add("wine, max_depth=2", "wine", max_depth=2)
        add("gaussian_1d, unlimited", "gaussian_1d")
        add("gaussian_1d, max_depth=4", "gaussian_1d", max_depth=4)
        add("gaussian_1d, min_samples_leaf=10", "gaussian_1d", min_samples_leaf=10)
        add("gaussian_1d, min_samples_split=40", "gaussian_1d", min_samples_split=40)
        add("gaussian_1d, min_impurity_decrease=0.005", "gaussian_1d", min_impurity_decrease=0.005)
        add("gaussian_1d, quarter weights", "gaussian_1d", quarter_weights(5, 300))
        add("gaussian_3d, max_depth=3", "gaussian_3d", max_depth=3)
        add("gaussian_3d, min_samples_split=40", "gaussian_3d", min_samples_split=40)
        add("gaussian_5d, max_depth=3", "gaussian_5d", max_depth=3)
        add("gaussian_5d, min_samples_split=40", "gaussian_5d", min_samples_split=40)
        add("gaussian_5d, min_samples_leaf=5, quarter weights", "gaussian_5d", quarter_weights(7, 400), min_samples_leaf=5)
    write("tree_classifier.json", {
        "description": "sklearn.tree.DecisionTreeClassifier(criterion, max_depth, min_samples_split, min_samples_leaf, "
                       "min_impurity_decrease, random_state=0).fit(X, y, sample_weight) on float32-representable X; "
                       "every case grows the same tree for random_state 0..19 (no tied splits). max_depth -1 = None; "
                       "sample_weight [] = None. tree: the tree_ arrays, value = weighted class counts (n_nodes x k). "
                       "train_*/new_*: predict and apply on X and X_new; new_proba, new_decision_path_*: predict_proba and "
                       "decision_path (CSR indptr, indices) on X_new.",
        "random_states_checked": RANDOM_STATES, "datasets": datasets_record(data, new), "cases": cases})


def regressor_file():
    data = regression_data()
    new = {k: new_rows(X, 20 + i) for i, (k, (X, y)) in enumerate(data.items())}
    R = DecisionTreeRegressor
    cases = []
    for crit in ["squared_error", "friedman_mse"]:
        def add(name, d, w=None, **p):
            cases.append(dict(case(crit + ", " + name, R, data[d], new[d], w, criterion=crit, **p), data=d))
        add("diabetes, max_depth=2", "diabetes", max_depth=2)
        add("diabetes, max_depth=3", "diabetes", max_depth=3)
        add("diabetes, min_samples_leaf=5", "diabetes", min_samples_leaf=5)
        add("diabetes, min_samples_leaf=20", "diabetes", min_samples_leaf=20)
        add("diabetes, max_depth=5, min_samples_leaf=10", "diabetes", max_depth=5, min_samples_leaf=10)
        add("diabetes, min_samples_leaf=10, min_samples_split=60", "diabetes", min_samples_leaf=10, min_samples_split=60)
        # friedman_mse's improvement is not divided by the training weight N = 442: scale the threshold alike
        decrease = 20.0 if crit == "squared_error" else 20.0 * 442
        add("diabetes, min_samples_leaf=5, min_impurity_decrease=%g" % decrease, "diabetes", min_samples_leaf=5,
            min_impurity_decrease=decrease)
        add("diabetes, min_samples_leaf=5, bootstrap weights", "diabetes", bootstrap_weights(9, 442), min_samples_leaf=5)
        add("wavy_1d, unlimited", "wavy_1d")
        add("wavy_1d, max_depth=3", "wavy_1d", max_depth=3)
        add("wavy_1d, quarter weights", "wavy_1d", quarter_weights(8, 200))
    write("tree_regressor.json", {
        "description": "sklearn.tree.DecisionTreeRegressor(criterion, max_depth, min_samples_split, min_samples_leaf, "
                       "min_impurity_decrease, random_state=0).fit(X, y, sample_weight) on float32-representable X and "
                       "integer y; every case grows the same tree for random_state 0..19. max_depth -1 = None; "
                       "sample_weight [] = None. tree.value = node means; train_*/new_* as in tree_classifier.json.",
        "random_states_checked": RANDOM_STATES, "datasets": datasets_record(data, new), "cases": cases})


def pruning_file():
    cdata, rdata = classification_data(), regression_data()
    paths, pruned = [], []
    setups = [(DecisionTreeClassifier, "gini", "gaussian_1d", cdata, {}),
              (DecisionTreeClassifier, "entropy", "gaussian_1d", cdata, {}),
              (DecisionTreeRegressor, "squared_error", "diabetes", rdata, {"min_samples_leaf": 5}),
              (DecisionTreeRegressor, "friedman_mse", "wavy_1d", rdata, {})]
    new = {}
    for cls, crit, d, data, params in setups:
        X, y = data[d]
        if d not in new:
            new[d] = new_rows(X, 30 + len(new))
        name = "%s, %s, %s" % (crit, d, ", ".join("%s=%s" % kv for kv in params.items()) or "unlimited")
        m = fit_without_ties(name, cls, X, y, None, criterion=crit, **params)
        path = m.cost_complexity_pruning_path(X, y)
        paths.append({"name": name, "data": d, **settings(dict(criterion=crit, **params), None),
                      "ccp_alphas": path.ccp_alphas, "impurities": path.impurities})
        a = path.ccp_alphas
        s = len(a)
        # between path alphas (no rounding can decide them) and one exact path alpha (α_eff ≤ ccp_alpha prunes)
        for alpha in [(a[s // 4] + a[s // 4 + 1]) / 2, (a[s // 2] + a[s // 2 + 1]) / 2, a[(3 * s) // 4]]:
            c = case(name + ", ccp_alpha=%r" % float(alpha), cls, data[d], new[d], criterion=crit, ccp_alpha=float(alpha), **params)
            pruned.append(dict(c, data=d))
    write("tree_pruning.json", {
        "description": "Minimal cost-complexity pruning: est.cost_complexity_pruning_path(X, y) (ccp_alphas, impurities) "
                       "of tie-free trees, and the trees fitted with ccp_alpha between two path alphas and at one "
                       "(records as in tree_classifier.json / tree_regressor.json).",
        "random_states_checked": RANDOM_STATES,
        "datasets": {**datasets_record({k: v for k, v in cdata.items() if k in new}, new),
                     **datasets_record({k: v for k, v in rdata.items() if k in new}, new)},
        "paths": paths, "pruned": pruned})


if __name__ == "__main__":
    classifier_file()
    regressor_file()
    pruning_file()
