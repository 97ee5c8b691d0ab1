#!/usr/bin/python3
"""Writes the scikit-learn golden files that core's parity tests read.

    /usr/bin/python3 tools/parity/make_golden.py          (from the repository root)

Needs Debian's scikit-learn (apt-get update && apt-get install -y python3-sklearn: scikit-learn 1.2),
hence /usr/bin/python3 rather than whatever `python3` is first on the PATH. The Java tests never run
this: they read the JSON it writes to core/src/test/resources/golden/. Each file records the tool
versions, the exact scikit-learn calls and settings, the inputs, and the answers; rerunning the
script on the same versions rewrites the files byte for byte.

Solver settings. The golden answers must be exact to far better than the tolerances the tests use
(1e-9 OLS/Ridge, 1e-6 Lasso/ElasticNet/logistic, 1e-12 metrics), so every iterative fit runs with a
tight tolerance, and each file records "reference_spread": the largest difference between the answer
written and the same model fitted a second way (another solver, or the same one run to its iteration
cap with tol = 0). That spread bounds how far scikit-learn's own answer is from the exact optimum.
  - LinearRegression: scipy's lstsq (SVD); spread against numpy.linalg.lstsq with a column of ones.
  - Ridge: solver='svd'; spread against solver='cholesky'.
  - Lasso / ElasticNet: coordinate descent, tol=1e-15, max_iter=10**6; spread against tol=0,
    max_iter=10**5 (every sweep run).
  - Binary LogisticRegression: solver='newton-cholesky', tol=1e-14, max_iter=1000 (lbfgs stops at
    scipy's ftol long before 1e-6, so it is not used); spread against tol=0, max_iter=100.
  - Multinomial LogisticRegression: solver='sag', tol=1e-15, max_iter=10**6, random_state=0, on
    standardized features (sag needs them; newton-cg and lbfgs stall around 1e-7..1e-3 on iris);
    spread against solver='saga'.
"""
import csv
import gzip
import json
import os
import platform
import sys
import warnings

import numpy as np
import scipy
import sklearn
from sklearn import metrics
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.model_selection import KFold, cross_val_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "datasets/src/main/resources/org/mlbyhand/datasets")
OUT = os.path.join(ROOT, "core/src/test/resources/golden")
SCRIPT = "tools/parity/make_golden.py"

# Tight fits warn that they hit max_iter; that is intended (see the module comment).
warnings.simplefilter("ignore", ConvergenceWarning)


# ------------------------------------------------------------------ inputs
def diabetes():
    """The 442×10 diabetes data as bundled (raw units, not scikit-learn's scaled version)."""
    with open(os.path.join(DATA, "diabetes.csv")) as f:
        rows = list(csv.reader(f))[1:]
    A = np.array(rows, dtype=float)
    return A[:, :10], A[:, 10]


def breast_cancer():
    """569×30 features, label 1 = malignant."""
    with gzip.open(os.path.join(DATA, "breast_cancer.csv.gz"), "rt") as f:
        rows = list(csv.reader(f))[1:]
    X = np.array([r[:30] for r in rows], dtype=float)
    y = np.array([1 if r[30] == "malignant" else 0 for r in rows])
    return X, y


def iris():
    """150×4 features, labels 0, 1, 2 = setosa, versicolor, virginica."""
    with open(os.path.join(DATA, "iris.csv")) as f:
        rows = list(csv.reader(f))[1:]
    names = ["setosa", "versicolor", "virginica"]
    return np.array([r[:4] for r in rows], dtype=float), np.array([names.index(r[4]) for r in rows])


def standardize(X):
    """(X − mean) / population std, as StandardScaler; the result is written out as the input."""
    return (X - X.mean(axis=0)) / X.std(axis=0)


def spread(a, b):
    return float(np.max(np.abs(np.asarray(a, dtype=float) - np.asarray(b, dtype=float))))


# ------------------------------------------------------------------ output
def versions():
    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "scikit-learn": sklearn.__version__}


def write(name, payload):
    doc = {"generator": SCRIPT, "versions": versions()}
    doc.update(payload)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        f.write(to_json(doc, 0))
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(OUT, name), ROOT), file=sys.stderr)


def to_json(value, depth):
    """JSON with one matrix row per line; floats as Python's repr (shortest string that round-trips)."""
    pad = "  " * (depth + 1)
    if isinstance(value, dict):
        items = [pad + json.dumps(k) + ": " + to_json(v, depth + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, (list, tuple, dict, np.ndarray)) for v in value):
            return "[\n" + ",\n".join(pad + to_json(v, depth + 1) for v in value) + "\n" + "  " * depth + "]"
        return "[" + ", ".join(to_json(v, depth + 1) for v in value) + "]"
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        v = float(value)
        if not np.isfinite(v):
            raise ValueError("JSON has no NaN or infinity: %r" % v)
        return repr(v)
    return json.dumps(value)


# ------------------------------------------------------------------ linear regression and ridge
def linear_regression():
    X, y = diabetes()
    m = LinearRegression().fit(X, y)
    ones = np.hstack([X, np.ones((len(y), 1))])
    check = np.linalg.lstsq(ones, y, rcond=None)[0]
    rng = np.random.default_rng(4)
    A = rng.standard_normal((12, 3))
    b = rng.standard_normal(12)
    m0 = LinearRegression(fit_intercept=False).fit(A, b)
    write("linear_regression.json", {
        "description": "Ordinary least squares: min ||y - Xw - b||^2. sklearn LinearRegression().",
        "cases": [
            {"name": "diabetes", "fit_intercept": True, "X": X, "y": y,
             "coef": m.coef_, "intercept": float(m.intercept_), "r2": m.score(X, y),
             "reference_spread": max(spread(m.coef_, check[:-1]), spread([m.intercept_], check[-1:]))},
            {"name": "gaussian 12x3 without intercept", "fit_intercept": False, "X": A, "y": b,
             "coef": m0.coef_, "intercept": 0.0, "r2": m0.score(A, b),
             "reference_spread": spread(m0.coef_, np.linalg.lstsq(A, b, rcond=None)[0])},
        ]})


def ridge():
    X, y = diabetes()
    alphas = [1e-3, 0.1, 1.0, 10.0, 100.0, 1e4]
    coefs, intercepts, worst = [], [], 0.0
    for a in alphas:
        m = Ridge(alpha=a, solver="svd").fit(X, y)
        c = Ridge(alpha=a, solver="cholesky").fit(X, y)
        coefs.append(m.coef_)
        intercepts.append(float(m.intercept_))
        worst = max(worst, spread(m.coef_, c.coef_), spread([m.intercept_], [c.intercept_]))
    cv_r2 = cross_val_score(Ridge(alpha=1.0, solver="svd"), X, y, cv=KFold(5), scoring="r2")
    cv_mse = -cross_val_score(Ridge(alpha=1.0, solver="svd"), X, y, cv=KFold(5),
                              scoring="neg_mean_squared_error")
    write("ridge.json", {
        "description": "Ridge: min ||y - Xw - b||^2 + alpha ||w||^2, intercept unpenalized. "
                       "sklearn Ridge(alpha, solver='svd'); cross-validation: cross_val_score(Ridge(alpha=1.0), "
                       "cv=KFold(5)) (unshuffled folds, the first n mod 5 of size n//5 + 1).",
        "X": X, "y": y, "alphas": alphas, "coefs": coefs, "intercepts": intercepts,
        "reference_spread": worst,
        "cv_alpha": 1.0, "cv_folds": 5, "cv_r2": cv_r2, "cv_mse": cv_mse})


# ------------------------------------------------------------------ lasso and elastic net
def enet_path(name, l1_ratio):
    X, y = diabetes()
    n = len(y)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    alpha_max = float(np.max(np.abs(Xc.T @ yc)) / (n * l1_ratio))
    fractions = [1.0, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001]
    alphas = [alpha_max * f for f in fractions]
    coefs, intercepts, iters, worst = [], [], [], 0.0
    for a in alphas:
        m = ElasticNet(alpha=a, l1_ratio=l1_ratio, tol=1e-15, max_iter=10**6).fit(X, y)
        c = ElasticNet(alpha=a, l1_ratio=l1_ratio, tol=0.0, max_iter=10**5).fit(X, y)
        coefs.append(m.coef_)
        intercepts.append(float(m.intercept_))
        iters.append(int(m.n_iter_))
        worst = max(worst, spread(m.coef_, c.coef_), spread([m.intercept_], [c.intercept_]))
    write(name, {
        "description": "Elastic net: min 1/(2n) ||y - Xw - b||^2 + alpha l1_ratio ||w||_1 "
                       "+ alpha (1 - l1_ratio)/2 ||w||^2. sklearn ElasticNet(alpha, l1_ratio, tol=1e-15, "
                       "max_iter=10**6) (Lasso when l1_ratio = 1), one fit per alpha; alphas are "
                       "alpha_max * fractions with alpha_max = max|Xc^T yc| / (n l1_ratio).",
        "X": X, "y": y, "l1_ratio": l1_ratio, "alpha_max": alpha_max, "alphas": alphas,
        "coefs": coefs, "intercepts": intercepts, "sklearn_n_iter": iters, "reference_spread": worst})


# ------------------------------------------------------------------ logistic regression
def logistic_binary():
    X, y = breast_cancer()
    Z = standardize(X)
    cases, worst = [], 0.0
    for C in [0.01, 1.0, 100.0]:
        m = LogisticRegression(C=C, solver="newton-cholesky", tol=1e-14, max_iter=1000).fit(Z, y)
        c = LogisticRegression(C=C, solver="newton-cholesky", tol=0.0, max_iter=100).fit(Z, y)
        proba = m.predict_proba(Z)[:, 1]
        worst = max(worst, spread(m.coef_, c.coef_), spread(m.intercept_, c.intercept_),
                    spread(proba, c.predict_proba(Z)[:, 1]))
        cases.append({"C": C, "coef": m.coef_.ravel(), "intercept": float(m.intercept_[0]),
                      "proba": proba, "sklearn_n_iter": int(m.n_iter_[0])})
    write("logistic_binary.json", {
        "description": "Binary logistic regression: min C sum_i logloss(y_i, sigmoid(x_i.w + b)) + ||w||^2/2. "
                       "sklearn LogisticRegression(C, solver='newton-cholesky', tol=1e-14, max_iter=1000) on "
                       "breast cancer (label 1 = malignant) standardized by population std; proba = P(y = 1).",
        "X": Z, "y": y, "reference_spread": worst, "cases": cases})


def logistic_multinomial():
    X, y = iris()
    Z = standardize(X)
    cases, worst = [], 0.0
    for C in [1.0, 100.0]:
        kw = dict(C=C, multi_class="multinomial", tol=1e-15, max_iter=10**6, random_state=0)
        m = LogisticRegression(solver="sag", **kw).fit(Z, y)
        c = LogisticRegression(solver="saga", **kw).fit(Z, y)
        proba = m.predict_proba(Z)
        worst = max(worst, spread(m.coef_, c.coef_), spread(m.intercept_, c.intercept_),
                    spread(proba, c.predict_proba(Z)))
        cases.append({"C": C, "coef": m.coef_, "intercept": m.intercept_, "proba": proba,
                      "sklearn_n_iter": int(m.n_iter_[0])})
    write("logistic_multinomial.json", {
        "description": "Multinomial (softmax) logistic regression: min C sum_i -log softmax(W x_i + b)_{y_i} "
                       "+ ||W||_F^2/2, intercepts unpenalized (sklearn's solution has sum_k b_k = 0). "
                       "sklearn LogisticRegression(C, multi_class='multinomial', solver='sag', tol=1e-15, "
                       "max_iter=10**6, random_state=0) on iris standardized by population std; "
                       "coef is k x p.",
        "X": Z, "y": y, "reference_spread": worst, "cases": cases})


# ------------------------------------------------------------------ metrics
def metric_cases():
    rng = np.random.default_rng(20240401)
    # regression
    yt = rng.standard_normal(50) * 3 + 1
    yp = yt + rng.standard_normal(50)
    const = np.full(6, 2.5)
    regression = [
        {"name": "noisy", "y_true": yt, "y_pred": yp,
         "mse": metrics.mean_squared_error(yt, yp), "r2": metrics.r2_score(yt, yp)},
        {"name": "constant target, imperfect prediction", "y_true": const, "y_pred": const + np.arange(6) * 0.1,
         "mse": metrics.mean_squared_error(const, const + np.arange(6) * 0.1),
         "r2": metrics.r2_score(const, const + np.arange(6) * 0.1)},
        {"name": "constant target, perfect prediction", "y_true": const, "y_pred": const,
         "mse": metrics.mean_squared_error(const, const), "r2": metrics.r2_score(const, const)},
    ]
    # binary labels and scores (scores rounded to one decimal, so there are many ties)
    bt = rng.integers(0, 2, 60)
    score = np.round(np.clip(0.5 + 0.3 * (bt - 0.5) + 0.25 * rng.standard_normal(60), 0, 1), 1)
    bp = (score >= 0.5).astype(int)
    proba = np.clip(score, 0, 1)           # includes exact 0 and 1: log_loss clips them
    binary = []
    for name, t, p, s in [("noisy, tied scores", bt, bp, score),
                          ("no predicted positive", bt, np.zeros(60, dtype=int), score)]:
        binary.append({
            "name": name, "y_true": t, "y_pred": p, "score": s,
            "accuracy": metrics.accuracy_score(t, p),
            "precision": metrics.precision_score(t, p, zero_division=0),
            "recall": metrics.recall_score(t, p, zero_division=0),
            "f1": metrics.f1_score(t, p, zero_division=0),
            "confusion_matrix": metrics.confusion_matrix(t, p, labels=[0, 1]),
            "roc_auc": metrics.roc_auc_score(t, s),
            "log_loss": metrics.log_loss(t, proba if name.startswith("noisy") else s, eps="auto"),
        })
    ranks = {"name": "distinct scores", "y_true": bt, "score": rng.standard_normal(60) + bt,
             }
    ranks["roc_auc"] = metrics.roc_auc_score(bt, ranks["score"])
    # multiclass
    mt = rng.integers(0, 3, 90)
    mp = np.where(rng.random(90) < 0.7, mt, rng.integers(0, 3, 90))
    logits = rng.standard_normal((90, 3)) + 2.0 * np.eye(3)[mt]
    P = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    multiclass = {"y_true": mt, "y_pred": mp, "proba": P,
                  "accuracy": metrics.accuracy_score(mt, mp),
                  "confusion_matrix": metrics.confusion_matrix(mt, mp),
                  "log_loss": metrics.log_loss(mt, P, eps="auto")}
    for avg in ["macro", "micro", "weighted"]:
        multiclass["precision_" + avg] = metrics.precision_score(mt, mp, average=avg, zero_division=0)
        multiclass["recall_" + avg] = metrics.recall_score(mt, mp, average=avg, zero_division=0)
        multiclass["f1_" + avg] = metrics.f1_score(mt, mp, average=avg, zero_division=0)
    write("metrics.json", {
        "description": "sklearn.metrics on seeded inputs: mean_squared_error, r2_score (force_finite: a constant "
                       "target scores 1 if predicted exactly, else 0), accuracy_score, precision/recall/f1_score "
                       "(positive label 1, or average macro/micro/weighted; zero_division=0), confusion_matrix "
                       "(rows true, columns predicted), log_loss (eps='auto' = 2^-52 clipping, rows renormalized), "
                       "roc_auc_score (tied scores: trapezoid between distinct thresholds).",
        "regression": regression, "binary": binary, "ranking": ranks, "multiclass": multiclass})


if __name__ == "__main__":
    if not sklearn.__version__.startswith("1.2"):
        print("warning: the committed files were made with scikit-learn 1.2; this is " + sklearn.__version__,
              file=sys.stderr)
    linear_regression()
    ridge()
    enet_path("lasso_path.json", 1.0)
    enet_path("elastic_net_path.json", 0.5)
    logistic_binary()
    logistic_multinomial()
    metric_cases()
