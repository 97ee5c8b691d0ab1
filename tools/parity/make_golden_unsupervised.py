#!/usr/bin/python3
"""Writes the scikit-learn golden files of core's unsupervised models (problem set 3).

    /usr/bin/python3 tools/parity/make_golden_unsupervised.py      (from the repository root)

The companion of make_golden.py (whose JSON writer and version record it reuses), for KMeans,
GaussianMixture, PCA and the clustering metrics. Needs Debian's scikit-learn 1.2 (python3-sklearn),
hence /usr/bin/python3. The Java tests never run this; they read the files it writes to
core/src/test/resources/golden/{kmeans,gmm,pca,cluster_metrics}*.json, each of which holds its inputs,
the exact scikit-learn calls, the answers and "reference_spread" (see below). Rerunning it on the same
versions rewrites the files byte for byte.

What is compared, and why so:
  - KMeans only from supplied centres (n_init=1, algorithm="lloyd"): scikit-learn's k-means++ draws from
    NumPy's generator, which core does not reproduce. The supplied centres are scikit-learn's own
    kmeans_plusplus(X, k, random_state=0), or centres chosen to leave a cluster empty.
  - GaussianMixture only from supplied parameters (weights_init, means_init, precisions_init = the
    inverses of the written covariances), for the same reason (its default init runs KMeans). The
    lower bound of every iteration is read from fits with max_iter = t, tol = 0, t = 1 … n_iter.
  - PCA with svd_solver="full" (LAPACK's SVD; "auto" would pick the randomized solver on digits).
    Wine is standardized first (population std, the standardized matrix is what the file stores): on raw
    wine the variances span seven orders of magnitude, and the covariance-eigenvalue way of core's test
    cannot hold 1e-10 there (it squares the condition number).
  - reference_spread: the largest difference between scikit-learn's answer and the same quantity
    computed a second way in plain NumPy (Lloyd's iterations written out; the EM lower bound of the
    returned parameters; PCA by numpy.linalg.eigh of the covariance; the metrics from their formulas
    with direct distances), which bounds how exact the golden answer itself is.
"""
import csv
import gzip
import os
import sys
import warnings

import numpy as np
from scipy.special import logsumexp
from sklearn import metrics
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import make_blobs
from sklearn.decomposition import PCA
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_golden  # noqa: E402  (its JSON writer, version record and paths)

SCRIPT = "tools/parity/make_golden_unsupervised.py"
warnings.simplefilter("ignore", ConvergenceWarning)   # the lower-bound history runs are capped on purpose


def write(name, payload):
    doc = {"generator": SCRIPT, "versions": make_golden.versions()}
    doc.update(payload)
    with open(os.path.join(make_golden.OUT, name), "w") as f:
        f.write(make_golden.to_json(doc, 0))
        f.write("\n")
    print("wrote", os.path.relpath(os.path.join(make_golden.OUT, name), make_golden.ROOT), file=sys.stderr)


def spread(a, b):
    return make_golden.spread(a, b)


# ------------------------------------------------------------------ inputs
def digits():
    """1797×64 pixel intensities 0…16, as integers (so the file stores them exactly and briefly)."""
    with gzip.open(os.path.join(make_golden.DATA, "digits.csv.gz"), "rt") as f:
        rows = list(csv.reader(f))[1:]
    return np.array([r[:64] for r in rows], dtype=int)


def wine():
    """178×13 features."""
    with open(os.path.join(make_golden.DATA, "wine.csv")) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([r[:13] for r in rows], dtype=float)


def blobs():
    """300 points in 2-D around 4 overlapping centres, scikit-learn's make_blobs(random_state=170)."""
    X, _ = make_blobs(n_samples=300, centers=4, n_features=2, cluster_std=2.0, random_state=170)
    return X


# ------------------------------------------------------------------ k-means
def lloyd_numpy(X, C, max_iter, tol_abs):
    """Lloyd's iterations written out (direct distances), the reference_spread's second way."""
    labels_old = None
    for t in range(1, max_iter + 1):
        labels = np.argmin(((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2), axis=1)
        new = np.array([X[labels == j].mean(axis=0) if np.any(labels == j) else C[j] for j in range(len(C))])
        shift = ((new - C) ** 2).sum()
        C = new
        if labels_old is not None and np.array_equal(labels, labels_old):
            return labels, C, t
        if shift <= tol_abs:
            break
        labels_old = labels
    labels = np.argmin(((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2), axis=1)
    return labels, C, t


def kmeans_case(name, X, init, tol=1e-4, max_iter=300, relocates=False):
    km = KMeans(n_clusters=len(init), init=init, n_init=1, max_iter=max_iter, tol=tol, algorithm="lloyd").fit(X)
    case = {"name": name, "init": init, "tol": tol, "max_iter": max_iter,
            "tol_absolute": float(np.mean(np.var(X, axis=0)) * tol),
            "labels": km.labels_, "cluster_centers": km.cluster_centers_, "inertia": float(km.inertia_),
            "n_iter": int(km.n_iter_), "transform_first_rows": km.transform(X[:10])}
    if not relocates:   # the NumPy loop has no relocation, so it checks only the cases without an empty cluster
        labels, C, t = lloyd_numpy(X.astype(float), init.astype(float), max_iter, case["tol_absolute"])
        assert np.array_equal(labels, km.labels_) and t == km.n_iter_, name
        case["reference_spread"] = spread(C, km.cluster_centers_)
    return case


def kmeans_files():
    X = blobs()
    c4, _ = kmeans_plusplus(X, 4, random_state=0)
    far = c4.copy()
    far[3] = [100.0, 100.0]       # no point is nearest to it: relocated to the farthest point in iteration 1
    write("kmeans_blobs.json", {
        "description": "KMeans(n_clusters=k, init=C0, n_init=1, max_iter, tol, algorithm='lloyd').fit(X) from "
                       "supplied centres C0 (kmeans_plusplus(X, k, random_state=0) unless named); X = make_blobs(n_samples=300, "
                       "centers=4, n_features=2, cluster_std=2.0, random_state=170). tol_absolute = "
                       "mean(var(X, axis=0)) * tol. transform_first_rows = distances of X[:10] to the centres.",
        "X": X,
        "cases": [kmeans_case("k=4, default tol (strict convergence)", X, c4),
                  kmeans_case("k=4, tol=1e-2 (stops on the centre shift)", X, c4, tol=1e-2),
                  kmeans_case("k=4 from the first 4 rows, max_iter=3", X, X[:4].copy(), max_iter=3),
                  kmeans_case("k=3", X, kmeans_plusplus(X, 3, random_state=1)[0]),
                  kmeans_case("k=4, one empty cluster (centre at (100, 100))", X, far, relocates=True)]})
    D = digits()
    c10, _ = kmeans_plusplus(D.astype(float), 10, random_state=0)
    write("kmeans_digits.json", {
        "description": "KMeans(n_clusters=10, init=C0, n_init=1, algorithm='lloyd').fit(X) on the bundled digits "
                       "(1797×64, integers 0…16), C0 = kmeans_plusplus(X, 10, random_state=0).",
        "X": D,
        "cases": [kmeans_case("k=10, default tol", D, c10), kmeans_case("k=10, tol=1e-2", D, c10, tol=1e-2)]})


# ------------------------------------------------------------------ Gaussian mixtures
def shaped(cov, covariance_type):
    """A full covariance written in scikit-learn's shape for the type."""
    if covariance_type == "full":
        return cov
    if covariance_type == "diag":
        return np.diag(cov).copy()
    return float(np.mean(np.diag(cov)))


def flat(covariances, covariance_type, p):
    """k covariances in scikit-learn's shape as a k×p² matrix, row j = the full p×p Σ_j, row-major (exact)."""
    full = [c if covariance_type == "full" else np.diag(np.broadcast_to(c, p)) for c in covariances]
    return np.array([np.asarray(c, dtype=float).reshape(-1) for c in full])


def precision(cov, covariance_type):
    return np.linalg.inv(cov) if covariance_type == "full" else 1.0 / cov


def em_numpy(X, weights, means, covariances, covariance_type, n_iter, reg=1e-6):
    """EM written out with direct formulas (full p×p covariances throughout), the reference_spread's second way."""
    covs = [np.diag(np.broadcast_to(c, X.shape[1])) if covariance_type != "full" else c for c in covariances]
    w, m = np.asarray(weights, dtype=float), np.asarray(means, dtype=float)
    for _ in range(n_iter):
        logp = np.empty((len(X), len(w)))
        for j in range(len(w)):
            L = np.linalg.cholesky(covs[j])
            z = np.linalg.solve(L, (X - m[j]).T)
            logp[:, j] = np.log(w[j]) - 0.5 * (X.shape[1] * np.log(2 * np.pi) + 2 * np.log(np.diag(L)).sum()
                                               + (z ** 2).sum(axis=0))
        R = np.exp(logp - logsumexp(logp, axis=1)[:, None])
        nk = R.sum(axis=0) + 10 * np.finfo(float).eps
        m = (R.T @ X) / nk[:, None]
        covs = []
        for j in range(len(w)):
            d = X - m[j]
            c = (R[:, j][:, None] * d).T @ d / nk[j] + reg * np.eye(X.shape[1])
            if covariance_type == "diag":
                c = np.diag(np.diag(c))
            elif covariance_type == "spherical":
                c = np.eye(X.shape[1]) * np.mean(np.diag(c))
            covs.append(c)
        w = nk / nk.sum()
    return w, m, np.array([shaped(c, covariance_type) for c in covs])


def gmm_case(name, X, covariance_type, weights, means, covariances, tol=1e-6, max_iter=500, responsibilities=None):
    kw = dict(n_components=len(weights), covariance_type=covariance_type, tol=tol, weights_init=weights,
              means_init=means, precisions_init=np.array([precision(c, covariance_type) for c in covariances]))
    gm = GaussianMixture(max_iter=max_iter, **kw).fit(X)
    history = [float(GaussianMixture(max_iter=t, **dict(kw, tol=0.0)).fit(X).lower_bound_)
               for t in range(1, gm.n_iter_ + 1)]
    w2, m2, c2 = em_numpy(X, weights, means, covariances, covariance_type, gm.n_iter_)
    case = {"name": name, "covariance_type": covariance_type, "tol": tol, "max_iter": max_iter,
            "weights_init": weights, "means_init": means, "covariances_init": covariances,
            "covariances_init_flat": flat(covariances, covariance_type, X.shape[1]),
            "weights": gm.weights_, "means": gm.means_, "covariances": gm.covariances_,
            "covariances_flat": flat(gm.covariances_, covariance_type, X.shape[1]),
            "lower_bound": float(gm.lower_bound_), "lower_bound_history": history, "n_iter": int(gm.n_iter_),
            "converged": bool(gm.converged_), "labels": gm.predict(X),
            "predict_proba_first_rows": gm.predict_proba(X[:10]), "score_samples_first_rows": gm.score_samples(X[:10]),
            "score": float(gm.score(X)), "bic": float(gm.bic(X)), "aic": float(gm.aic(X)),
            "reference_spread": max(spread(w2, gm.weights_), spread(m2, gm.means_), spread(c2, gm.covariances_))}
    if responsibilities is not None:
        case["responsibilities_init"] = responsibilities
    return case


def gmm_file():
    X = make_golden.iris()[0]
    rng = np.random.default_rng(3)
    means = X[[10, 60, 110]] + 0.1
    full = np.cov(X.T)
    weights = np.array([0.3, 0.3, 0.4])
    cases = []
    for t in ["full", "diag", "spherical"]:
        base = full if t == "full" else (np.diag(np.diag(full)) if t == "diag" else np.eye(4) * np.mean(np.diag(full)))
        covs = [base * s for s in (0.5, 1.0, 1.5)]
        cases.append(gmm_case("iris, " + t, X, t, weights, means, [shaped(c, t) for c in covs]))
    # from responsibilities: the initial parameters scikit-learn's _initialize derives from them
    # (its private _estimate_gaussian_parameters), weights n_j/n
    from sklearn.mixture._gaussian_mixture import _estimate_gaussian_parameters
    R = rng.random((len(X), 3)) + 2.0 * np.eye(3)[np.repeat([0, 1, 2], 50)]
    R /= R.sum(axis=1, keepdims=True)
    w, m, c = _estimate_gaussian_parameters(X, R, 1e-6, "full")
    cases.append(gmm_case("iris, full, from responsibilities", X, "full", w / len(X), m, c, responsibilities=R))
    write("gmm.json", {
        "description": "GaussianMixture(n_components=3, covariance_type, tol=1e-6, max_iter=500, reg_covar=1e-6, "
                       "weights_init, means_init, precisions_init=inverse(covariances_init)).fit(X) on iris (150×4). "
                       "covariances are in scikit-learn's shape (full k×p×p, diag k×p, spherical k); *_flat "
                       "hold the same as k full p×p matrices, one per row, row-major. "
                       "lower_bound_history[t-1] = lower_bound_ of the same fit with max_iter=t, tol=0. "
                       "The last case starts from responsibilities_init R: its initial parameters are "
                       "_estimate_gaussian_parameters(X, R, reg_covar, 'full') with weights n_j/n.",
        "X": X, "cases": cases})


# ------------------------------------------------------------------ PCA
def pca_case(name, X, n_components, whiten=False, rows=10):
    p = PCA(n_components=n_components, whiten=whiten, svd_solver="full").fit(X)
    Z = p.transform(X[:rows])
    Xc = X - X.mean(axis=0)
    lam, V = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    lam, V = lam[::-1][:p.n_components_], V[:, ::-1][:, :p.n_components_]
    V *= np.sign(np.sum(V * p.components_.T, axis=0))     # align signs to compare
    return {"name": name, "n_components": n_components if isinstance(n_components, int) else 0,
            "variance_fraction": n_components if isinstance(n_components, float) else 0.0, "whiten": whiten,
            "n_components_chosen": int(p.n_components_), "mean": p.mean_, "components": p.components_,
            "explained_variance": p.explained_variance_, "explained_variance_ratio": p.explained_variance_ratio_,
            "singular_values": p.singular_values_, "noise_variance": float(p.noise_variance_),
            "transform_first_rows": Z, "inverse_transform_first_rows": p.inverse_transform(Z),
            "reference_spread": max(spread(V.T, p.components_), spread(lam, p.explained_variance_))}


def pca_files():
    W = make_golden.standardize(wine())
    write("pca_wine.json", {
        "description": "PCA(n_components, whiten, svd_solver='full').fit(X) on wine (178×13) standardized by the "
                       "population std (X is the standardized matrix). The call's n_components is the int n_components, "
                       "or the float variance_fraction, or None (all) when both are 0. transform_first_rows = transform(X[:10]); inverse_transform_first_rows "
                       "= inverse_transform of those scores (the reconstruction from the kept components).",
        "X": W,
        "cases": [pca_case("all components", W, None), pca_case("5 components", W, 5),
                  pca_case("variance fraction 0.8", W, 0.8), pca_case("5 components, whitened", W, 5, whiten=True)]})
    D = digits()
    write("pca_digits.json", {
        "description": "PCA(n_components, whiten, svd_solver='full').fit(X) on the bundled digits (1797×64, integers "
                       "0…16; rank 61: three pixels are always 0). transform_first_rows and "
                       "inverse_transform_first_rows as in pca_wine.json.",
        "X": D,
        "cases": [pca_case("variance fraction 0.9", D.astype(float), 0.9),
                  pca_case("10 components, whitened", D.astype(float), 10, whiten=True)]})


# ------------------------------------------------------------------ clustering metrics
def silhouette_numpy(X, labels):
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    s = np.zeros(len(X))
    for i in range(len(X)):
        own = labels == labels[i]
        if own.sum() == 1:
            continue
        a = D[i, own].sum() / (own.sum() - 1)
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b)
    return s


def metrics_file():
    rng = np.random.default_rng(11)
    X, y = make_blobs(n_samples=60, centers=[[-2, 0], [2, 0.5], [0, 3]], cluster_std=0.8, random_state=5)
    km = KMeans(n_clusters=3, init=X[[0, 1, 2]], n_init=1).fit(X).labels_
    odd = np.array([7] * 30 + [-1] * 29 + [42])            # arbitrary values and a singleton cluster
    scores = []
    for name, labels in [("k-means labels", km), ("true labels", y), ("labels 7, -1 and a singleton 42", odd),
                         ("random labels", rng.integers(0, 4, 60))]:
        s = metrics.silhouette_samples(X, labels)
        scores.append({"name": name, "labels": labels, "silhouette_samples": s,
                       "silhouette_score": float(metrics.silhouette_score(X, labels)),
                       "davies_bouldin": float(metrics.davies_bouldin_score(X, labels)),
                       "reference_spread": spread(s, silhouette_numpy(X, labels))})
    a = rng.integers(0, 3, 80)
    pairs = [("random and random", a, rng.integers(0, 4, 80)),
             ("a renumbering (identical partitions)", a, np.array([5, -2, 9])[a]),
             ("one cluster against three", np.zeros(80, dtype=int), a),
             ("every point alone against three", np.arange(80), a),
             ("similar: 10 labels changed", a, np.where(np.arange(80) < 10, (a + 1) % 3, a)),
             ("two points, different labels", np.array([0, 1]), np.array([0, 0]))]
    ari = [{"name": n, "labels_true": t, "labels_pred": p, "adjusted_rand": float(metrics.adjusted_rand_score(t, p))}
           for n, t, p in pairs]
    write("cluster_metrics.json", {
        "description": "silhouette_samples, silhouette_score (metric='euclidean') and davies_bouldin_score of X "
                       "(make_blobs(n_samples=60, centers=[[-2,0],[2,0.5],[0,3]], cluster_std=0.8, random_state=5)) "
                       "under several labellings; adjusted_rand_score of label pairs. reference_spread = "
                       "max |silhouette_samples − the formula with direct distances|.",
        "X": X, "scores": scores, "adjusted_rand": ari})


if __name__ == "__main__":
    if not make_golden.sklearn.__version__.startswith("1.2"):
        print("warning: the committed files were made with scikit-learn 1.2; this is "
              + make_golden.sklearn.__version__, file=sys.stderr)
    kmeans_files()
    gmm_file()
    pca_files()
    metrics_file()
