#!/usr/bin/env bash
# Builds target/gradescope/autograder.zip: the repository at HEAD with setup.sh and run_autograder at
# its root, in Gradescope's autograder format. Upload it as the assignment's autograder.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/gradescope
mkdir -p "$out"
rm -f "$out/autograder.zip"
git archive --format=zip -o "$out/autograder.zip" HEAD
(cd tools/gradescope && jar --update --no-manifest --file "../../$out/autograder.zip" setup.sh run_autograder)
echo "wrote $out/autograder.zip"
