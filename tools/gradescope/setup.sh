#!/usr/bin/env bash
# Gradescope setup: runs once when the autograder image is built. Installs a JDK from the
# distribution's packages, then builds the graders (./mvnw downloads Maven and the dependencies).
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends openjdk-17-jdk-headless
cd /autograder/source
chmod +x mvnw run_autograder
./mvnw -q -B -pl exercises,graders -am test-compile
