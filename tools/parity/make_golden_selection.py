#!/usr/bin/python3
"""Writes the scikit-learn golden files of problem set 2's k-NN, preprocessing and model selection.

    /usr/bin/python3 tools/parity/make_golden_selection.py          (from the repository root)

Same conventions as make_golden.py (whose readers, versions() and to_json() it imports): Debian's
scikit-learn 1.2.1, the inputs and the answers written to core/src/test/resources/golden/, rerunning
rewrites the files byte for byte, the Java tests never run Python. It writes

  knn.json                 KNeighborsClassifier / KNeighborsRegressor(algorithm='brute'): predict,
                           predict_proba, kneighbors on iris, wine and diabetes (standardized), three
                           metrics, k in {1, 3, 5, 10}, both weights; plus a toy of zero distances.
  preprocessing.json       SimpleImputer (four strategies, keep_empty_features) and OneHotEncoder
                           (handle_unknown x drop) on small seeded matrices.
  selection.json           cross_val_score, GridSearchCV and learning_curve with unshuffled KFold(5),
                           of Ridge, LogisticRegression, KNeighbors* and pipelines.
  selection_titanic.json   the Titanic pipeline (impute age, one-hot gender/class/embarked, scale,
                           logistic regression) under core's seeded StratifiedKFold, whose folds this
                           script recomputes with a port of core's SplitMix64 Rng.

JSON has no NaN: a matrix with missing entries is written with 0 in their place and the list of
their [row, column] positions under "<name>_missing"; a statistic that is NaN (a dropped column) is
listed under "dropped" instead.

Ties. scikit-learn 1.2.1's brute-force k-NN (ArgKmin: a max-heap per query, then an unstable sort)
has no defined order among equal distances, where core ranks them by training index. So the k-NN
queries are kept only where the k_max + 1 nearest distances are distinct under every metric (a
relative gap above 1e-9), and every k-NN answer of sklearn written here is first checked against a
plain numpy reference of core's rule (np.argsort(kind='stable')): "reference_spread" is the largest
difference (sklearn computes Euclidean distances as sqrt(|x|^2 - 2 x.z + |z|^2)).

Logistic regression runs with solver='newton-cholesky', tol=1e-14, max_iter=1000 (see
make_golden.py); its reference_spread is against tol=0, max_iter=100.
"""
import csv
import gzip
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score, learning_curve
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_golden import DATA, OUT, ROOT, breast_cancer, diabetes, iris, spread, standardize, to_json, versions  # noqa: E402

SCRIPT = "tools/parity/make_golden_selection.py"
warnings.simplefilter("ignore", ConvergenceWarning)

K_VALUES = [1, 3, 5, 10]
METRICS = [("euclidean", 2.0), ("manhattan", 1.0), ("minkowski", 3.0)]
TIE_GAP = 1e-9
MAX_QUERIES = 40


def write(name, payload):
    doc = {"generator": SCRIPT, "versions": versions()}
    doc.update(payload)
    with open(os.path.join(OUT, name), "w") as f:
        f.write(to_json(doc, 0))
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(OUT, name), ROOT), file=sys.stderr)


def wine():
    """178x13 features, labels 0, 1, 2 = class_0, class_1, class_2."""
    with open(os.path.join(DATA, "wine.csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([r[:13] for r in rows], dtype=float), np.array([int(r[13][-1]) for r in rows])


def shuffled(X, y, seed):
    """The rows in the order numpy.random.default_rng(seed).permutation(n): written out as the input."""
    order = np.random.default_rng(seed).permutation(len(y))
    return X[order], y[order]


def with_missing(name, X):
    """{name: X with NaN written as 0, name_missing: [[i, j], ...]}."""
    mask = np.isnan(X)
    return {name: np.where(mask, 0.0, X), name + "_missing": np.argwhere(mask).tolist()}


# ------------------------------------------------------------------ k-NN
def distances(Xtr, q, metric, p):
    d = np.abs(Xtr - q)
    if metric == "euclidean":
        return np.sqrt((d * d).sum(axis=1))
    if metric == "manhattan":
        return d.sum(axis=1)
    return (d ** p).sum(axis=1) ** (1.0 / p)


def tie_free(Xtr, Q, k):
    """Rows of Q whose k + 1 nearest distances are distinct (relative gap > TIE_GAP) under every metric."""
    keep = []
    for i, q in enumerate(Q):
        ok = True
        for metric, p in METRICS:
            d = np.sort(distances(Xtr, q, metric, p))[:k + 1]
            ok &= bool(np.all(np.diff(d) > TIE_GAP * np.maximum(1.0, d[1:])))
        if ok:
            keep.append(i)
    return np.array(keep)


def reference(Xtr, ytr, Q, metric, p, k, weights, classes):
    """Core's rule in numpy: stable order, sklearn's weights; returns (distances, indices, votes or means)."""
    D, I, out = [], [], []
    for q in Q:
        d = distances(Xtr, q, metric, p)
        idx = np.argsort(d, kind="stable")[:k]
        dist = d[idx]
        if weights == "uniform":
            w = np.ones(k)
        else:
            with np.errstate(divide="ignore"):
                w = 1.0 / dist
            if np.isinf(w).any():
                w = np.isinf(w).astype(float)
        if classes is None:
            out.append(np.sum(w * ytr[idx]) / np.sum(w))
        else:
            votes = np.zeros(classes)
            for r in range(k):
                votes[ytr[idx[r]]] += w[r]
            out.append(votes / votes.sum())
        D.append(dist)
        I.append(idx)
    return np.array(D), np.array(I), np.array(out)


def knn_cases(Xtr, ytr, Q, classify):
    cases, worst = [], 0.0
    n_classes = int(ytr.max()) + 1 if classify else None
    for metric, p in METRICS:
        for k in K_VALUES:
            for weights in ["uniform", "distance"]:
                Model = KNeighborsClassifier if classify else KNeighborsRegressor
                m = Model(n_neighbors=k, weights=weights, algorithm="brute", metric=metric, p=p).fit(Xtr, ytr)
                dist, ind = m.kneighbors(Q)
                rd, ri, rout = reference(Xtr, ytr, Q, metric, p, k, weights, n_classes)
                assert np.array_equal(ind, ri), "sklearn's neighbours differ from core's rule: %s k=%d" % (metric, k)
                case = {"metric": metric, "p": p, "n_neighbors": k, "weights": weights, "predict": m.predict(Q)}
                if weights == "uniform":        # the neighbours do not depend on the weights
                    case.update({"distances": dist, "indices": ind})
                worst = max(worst, spread(dist, rd))
                if classify:
                    case["proba"] = m.predict_proba(Q)
                    assert np.array_equal(case["predict"], np.argmax(rout, axis=1))
                    worst = max(worst, spread(case["proba"], rout))
                else:
                    worst = max(worst, spread(case["predict"], rout))
                cases.append(case)
    return cases, worst


def knn_data(name, X, y, seed, n_train, classify):
    Z, t = shuffled(standardize(X), y, seed)
    Xtr, ytr, Q = Z[:n_train], t[:n_train], Z[n_train:]
    keep = tie_free(Xtr, Q, max(K_VALUES))[:MAX_QUERIES]
    cases, worst = knn_cases(Xtr, ytr, Q[keep], classify)
    return {"name": name, "classify": classify, "queries_kept": len(keep), "queries_offered": len(Q),
            "X_train": Xtr, "y_train": ytr, "X_query": Q[keep], "reference_spread": worst, "cases": cases}


def zero_distance_toy():
    """Integer points; two queries coincide with training rows (one with a duplicate of another label)."""
    Xtr = np.array([[0, 0], [1, 0], [0, 2], [3, 1], [1, 0], [2, 3], [4, 4], [5, 0]], dtype=float)
    ytr = np.array([0, 1, 0, 1, 2, 2, 0, 1])
    Q = np.array([[1, 0], [3, 1], [2.5, 2.25]])
    cases = []
    for k in [1, 3, 4]:
        m = KNeighborsClassifier(n_neighbors=k, weights="distance", algorithm="brute", metric="manhattan").fit(Xtr, ytr)
        r = KNeighborsRegressor(n_neighbors=k, weights="distance", algorithm="brute", metric="manhattan").fit(Xtr, ytr)
        cases.append({"n_neighbors": k, "distances": m.kneighbors(Q)[0], "predict": m.predict(Q),
                      "proba": m.predict_proba(Q), "regression": r.predict(Q)})
    return {"X_train": Xtr, "y_train": ytr, "X_query": Q, "metric": "manhattan", "weights": "distance",
            "cases": cases}


def knn():
    Xi, yi = iris()
    Xw, yw = wine()
    Xd, yd = diabetes()
    write("knn.json", {
        "description": "k-nearest neighbours, sklearn KNeighborsClassifier / KNeighborsRegressor(n_neighbors, "
                       "weights, algorithm='brute', metric, p): kneighbors(X_query) distances and indices, "
                       "predict, predict_proba. Features standardized by population std over all rows, rows "
                       "shuffled by numpy default_rng(0), the first n_train rows fitted, the rest queried; only "
                       "the first 40 queries whose 11 nearest distances are distinct under every metric are kept (sklearn "
                       "1.2.1 leaves the order of equal distances undefined). zero_distance: Manhattan metric "
                       "with queries on training rows; distance weights give those rows all the weight.",
        "datasets": [knn_data("iris", Xi, yi, 0, 100, True), knn_data("wine", Xw, yw, 0, 120, True),
                     knn_data("diabetes", Xd, yd, 0, 300, False)],
        "zero_distance": zero_distance_toy()})


# ------------------------------------------------------------------ preprocessing
def imputer_input():
    rng = np.random.default_rng(7)
    X = rng.integers(0, 4, (12, 5)).astype(float)        # small integers: ties for most_frequent
    X[:, 1] = rng.standard_normal(12) * 10 + 3           # distinct reals: mean and median of an even count
    X[rng.random((12, 5)) < 0.25] = np.nan
    X[:, 3] = np.nan                                     # a column with no observed value
    X[0, 4], X[1, 4], X[2, 4], X[3, 4] = 2.0, 2.0, 1.0, 1.0
    T = rng.integers(0, 4, (6, 5)).astype(float)
    T[rng.random((6, 5)) < 0.4] = np.nan
    return X, T


def preprocessing():
    X, T = imputer_input()
    imputers = []
    for strategy in ["mean", "median", "most_frequent", "constant"]:
        for keep in [False, True]:
            kw = {"fill_value": 7.5} if strategy == "constant" else {}
            imp = SimpleImputer(strategy=strategy, keep_empty_features=keep, **kw).fit(X)
            stats = imp.statistics_
            imputers.append({"strategy": strategy, "keep_empty_features": keep, "fill_value": kw.get("fill_value", 0.0),
                             "statistics": np.where(np.isnan(stats), 0.0, stats),
                             "dropped": np.flatnonzero(np.isnan(stats)).tolist(),
                             "transform_train": imp.transform(X), "transform_test": imp.transform(T)})
    rng = np.random.default_rng(11)
    C = np.column_stack([rng.choice([1.0, 5.0, 9.0], 10), rng.choice([0.0, 1.0], 10), np.full(10, 4.0),
                         rng.choice([-2.0, 0.5, 3.0, 7.0], 10)])
    known = C[[3, 0, 7, 1]]
    unknown = np.array([[5.0, 1.0, 4.0, 8.0], [2.0, 0.0, 6.0, -2.0], [9.0, 1.0, 4.0, 0.5]])
    encoders = []
    for handle in ["error", "ignore"]:
        for drop in [None, "first", "if_binary"]:
            enc = OneHotEncoder(handle_unknown=handle, drop=drop, sparse_output=False).fit(C)
            case = {"handle_unknown": handle, "drop": "none" if drop is None else drop,
                    "categories": [{"values": c} for c in enc.categories_],
                    "drop_idx": [-1 if d is None else int(d) for d in
                                 (enc.drop_idx_ if enc.drop_idx_ is not None else [None] * C.shape[1])],
                    "transform_train": enc.transform(C), "transform_known": enc.transform(known)}
            if handle == "ignore":
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    case["transform_unknown"] = enc.transform(unknown)
            else:
                try:
                    enc.transform(unknown)
                    raise AssertionError("sklearn accepted unknown categories")
                except ValueError as e:
                    case["unknown_error"] = str(e)
            encoders.append(case)
    payload = {"description": "SimpleImputer(strategy, keep_empty_features, fill_value) fitted on X, applied to X "
                              "and T (missing = NaN); OneHotEncoder(handle_unknown, drop, sparse_output=False) "
                              "fitted on C, applied to C, to known rows and (ignore) to rows with unknown values. "
                              "statistics: NaN entries written as 0 and listed in dropped."}
    payload.update(with_missing("X", X))
    payload.update(with_missing("T", T))
    payload.update({"imputers": imputers, "C": C, "C_known": known, "C_unknown": unknown, "encoders": encoders})
    write("preprocessing.json", payload)


# ------------------------------------------------------------------ model selection
def logistic(tol=1e-14, max_iter=1000):
    return LogisticRegression(solver="newton-cholesky", tol=tol, max_iter=max_iter)


def cv_case(name, make, X, y, scoring, check=None):
    scores = cross_val_score(make(), X, y, cv=KFold(5), scoring=scoring)
    case = {"name": name, "scoring": scoring, "scores": scores}
    if check is not None:
        case["reference_spread"] = spread(scores, cross_val_score(check(), X, y, cv=KFold(5), scoring=scoring))
    return case


def selection():
    Xd, yd = diabetes()
    Xb, yb = breast_cancer()
    Zb = standardize(Xb)
    Xw, yw = shuffled(*wine(), 0)
    cv = [
        cv_case("ridge", lambda: Ridge(alpha=1.0, solver="svd"), Xd, yd, "r2",
                lambda: Ridge(alpha=1.0, solver="cholesky")),
        cv_case("logistic", logistic, Zb, yb, "accuracy", lambda: logistic(0.0, 100)),
        cv_case("logistic", logistic, Zb, yb, "neg_log_loss", lambda: logistic(0.0, 100)),
        cv_case("scaler+ridge", lambda: make_pipeline(StandardScaler(), Ridge(alpha=10.0, solver="svd")), Xd, yd, "r2",
                lambda: make_pipeline(StandardScaler(), Ridge(alpha=10.0, solver="cholesky"))),
        cv_case("scaler+ridge", lambda: make_pipeline(StandardScaler(), Ridge(alpha=10.0, solver="svd")), Xd, yd,
                "neg_mean_squared_error"),
        cv_case("scaler+logistic", lambda: make_pipeline(StandardScaler(), logistic()), Xb, yb, "accuracy"),
        cv_case("scaler+knn", lambda: make_pipeline(StandardScaler(), KNeighborsClassifier(algorithm="brute")),
                Xw, yw, "accuracy"),
    ]
    alphas = [0.01, 0.1, 1.0, 10.0, 100.0]
    ridge_grid = GridSearchCV(Ridge(solver="svd"), {"alpha": alphas}, cv=KFold(5), scoring="r2").fit(Xd, yd)
    knn_grid = GridSearchCV(make_pipeline(StandardScaler(), KNeighborsClassifier(algorithm="brute")),
                            {"kneighborsclassifier__n_neighbors": [1, 3, 5, 7, 9, 15],
                             "kneighborsclassifier__weights": ["uniform", "distance"]},
                            cv=KFold(5), scoring="accuracy").fit(Xw, yw)
    candidates = [LinearRegression(), Ridge(alpha=1.0, solver="svd"),
                  make_pipeline(StandardScaler(), Ridge(alpha=1.0, solver="svd")),
                  make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=10, algorithm="brute"))]
    list_grid = GridSearchCV(make_pipeline(Ridge()), {"ridge": candidates}, cv=KFold(5), scoring="r2").fit(Xd, yd)

    def grid(g, points):
        r = g.cv_results_
        return {"points": points, "mean_test_score": r["mean_test_score"], "std_test_score": r["std_test_score"],
                "rank_test_score": r["rank_test_score"], "best_index": int(g.best_index_),
                "best_score": float(g.best_score_),
                "split_test_scores": np.array([r["split%d_test_score" % f] for f in range(5)]).T}

    knn_points = [{"n_neighbors": p["kneighborsclassifier__n_neighbors"], "weights": p["kneighborsclassifier__weights"]}
                  for p in knn_grid.cv_results_["params"]]
    grids = {
        "ridge_alpha": grid(ridge_grid, ridge_grid.cv_results_["params"]),
        "scaler_knn": grid(knn_grid, knn_points),
        "candidate_list": grid(list_grid, [{"name": n} for n in ["LinearRegression", "Ridge(1)", "StandardScaler+Ridge(1)",
                                                                  "StandardScaler+KNeighborsRegressor(10)"]]),
    }
    grids["ridge_alpha"]["best_coef"] = ridge_grid.best_estimator_.coef_
    grids["ridge_alpha"]["best_intercept"] = float(ridge_grid.best_estimator_.intercept_)

    def curve(estimator, X, y, sizes, scoring):
        sizes_abs, train, test = learning_curve(estimator, X, y, train_sizes=sizes, cv=KFold(5), scoring=scoring)
        return {"train_sizes": sizes, "train_sizes_abs": sizes_abs, "train_scores": train, "test_scores": test,
                "scoring": scoring}

    curves = {
        "ridge": curve(Ridge(alpha=1.0, solver="svd"), Xd, yd, np.linspace(0.1, 1.0, 5), "r2"),
        "scaler_logistic": curve(make_pipeline(StandardScaler(), logistic()), Xb, yb, [0.1, 0.3, 0.5, 0.7, 1.0],
                                 "accuracy"),
    }
    write("selection.json", {
        "description": "Model selection with cv=KFold(5) (unshuffled: the first n mod 5 folds one row longer). "
                       "cross_val_score(estimator, X, y, scoring); GridSearchCV(estimator, grid, scoring).cv_results_ "
                       "and best_index_/best_score_ (points in ParameterGrid order: names sorted, the last "
                       "varying fastest); learning_curve(estimator, X, y, train_sizes, scoring). Data: diabetes "
                       "raw (X_diabetes), breast cancer raw (label 1 = malignant) and standardized by population "
                       "std (Z_cancer), wine raw with rows shuffled by numpy default_rng(0). Ridge solver='svd'; "
                       "LogisticRegression(solver='newton-cholesky', tol=1e-14, max_iter=1000); k-NN "
                       "algorithm='brute'.",
        "X_diabetes": Xd, "y_diabetes": yd, "X_cancer": Xb, "Z_cancer": Zb, "y_cancer": yb,
        "X_wine": Xw, "y_wine": yw, "cross_val_score": cv, "grid_search": grids, "learning_curve": curves})


# ------------------------------------------------------------------ Titanic, with core's folds
MASK = (1 << 64) - 1


class Rng:
    """core's org.mlbyhand.core.random.Rng (SplitMix64, Lemire's nextInt, Fisher-Yates), bit for bit."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next_long(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def next_int(self, bound):
        threshold = (1 << 32) % bound
        while True:
            product = (self.next_long() >> 32) * bound
            if (product & 0xFFFFFFFF) >= threshold:
                return product >> 32

    def permutation(self, n):
        p = list(range(n))
        for i in range(n - 1, 0, -1):
            j = self.next_int(i + 1)
            p[i], p[j] = p[j], p[i]
        return p


def stratified_folds(labels, k, seed):
    """core's StratifiedKFold.folds: shuffle each class, lay the classes end to end, deal to folds in turn."""
    rng = Rng(seed)
    fold_of = np.zeros(len(labels), dtype=int)
    dealt = 0
    for c in range(int(labels.max()) + 1):
        rows = np.flatnonzero(labels == c)
        for j in rng.permutation(len(rows)):
            fold_of[rows[j]] = dealt % k
            dealt += 1
    return [np.flatnonzero(fold_of == f) for f in range(k)]


def titanic():
    """Everyone aboard (2207), coded as datasets' Titanic: categories in sorted order, NA = NaN."""
    with gzip.open(os.path.join(DATA, "titanic.csv.gz"), "rt") as f:
        rows = list(csv.DictReader(f))
    columns = ["gender", "age", "class", "embarked"]
    levels = {c: sorted({r[c] for r in rows if r[c] not in ("", "NA")}) for c in ["gender", "class", "embarked"]}
    X = np.array([[levels[c].index(r[c]) if c in levels else (np.nan if r[c] in ("", "NA") else float(r[c]))
                   for c in columns] for r in rows], dtype=float)
    y = np.array([1 if r["survived"] == "yes" else 0 for r in rows])
    return X, y, columns, levels


def titanic_pipeline(lr):
    return make_pipeline(
        ColumnTransformer([("age", SimpleImputer(strategy="median"), [1]),
                           ("categories", OneHotEncoder(handle_unknown="ignore", sparse_output=False), [0, 2, 3])]),
        StandardScaler(), lr)


def titanic_golden():
    X, y, columns, levels = titanic()
    seed, k = 1912, 5
    folds = stratified_folds(y, k, seed)
    everything = np.arange(len(y))
    cv = [(np.setdiff1d(everything, test), test) for test in folds]
    accuracy = cross_val_score(titanic_pipeline(logistic()), X, y, cv=cv, scoring="accuracy")
    log_loss = -cross_val_score(titanic_pipeline(logistic()), X, y, cv=cv, scoring="neg_log_loss")
    check = -cross_val_score(titanic_pipeline(logistic(0.0, 100)), X, y, cv=cv, scoring="neg_log_loss")
    default = cross_val_score(titanic_pipeline(LogisticRegression()), X, y, cv=cv, scoring="accuracy")
    boosting = [float(np.mean(cross_val_score(titanic_pipeline(GradientBoostingClassifier(random_state=r)), X, y,
                                              cv=cv, scoring="accuracy"))) for r in range(10)]
    payload = {"description": "Titanic (datasets/titanic.csv.gz, all 2207 aboard), columns gender, age, class, "
                              "embarked coded as core's datasets.Titanic (categories sorted), y = survived. "
                              "make_pipeline(ColumnTransformer([(SimpleImputer(strategy='median'), [1]), "
                              "(OneHotEncoder(handle_unknown='ignore'), [0, 2, 3])]), StandardScaler(), "
                              "LogisticRegression(solver='newton-cholesky', tol=1e-14, max_iter=1000)), "
                              "cross_val_score over the folds of core's StratifiedKFold.folds(y, 5, 1912) (their test rows under folds). "
                              "accuracy_default_lbfgs: the same with LogisticRegression() (lbfgs, tol=1e-4). "
                              "gradient_boosting_mean_accuracy: the mean fold accuracy with GradientBoostingClassifier() "
                              "(scikit-learn's defaults) in place of the logistic regression, for random_state 0..9 "
                              "(its trees break ties by random_state, so compare within a few points).",
               "columns": columns, "levels": levels}
    payload.update(with_missing("X", X))
    payload.update({"y": y, "seed": seed, "n_splits": k, "folds": [{"test": f} for f in folds],
                    "accuracy": accuracy, "accuracy_mean": float(np.mean(accuracy)),
                    "accuracy_std": float(np.std(accuracy)), "log_loss": log_loss,
                    "reference_spread": spread(log_loss, check), "accuracy_default_lbfgs": default,
                    "gradient_boosting_mean_accuracy": boosting})
    write("selection_titanic.json", payload)


if __name__ == "__main__":
    if not sklearn.__version__.startswith("1.2"):
        print("warning: the committed files were made with scikit-learn 1.2; this is " + sklearn.__version__,
              file=sys.stderr)
    knn()
    preprocessing()
    selection()
    titanic_golden()
