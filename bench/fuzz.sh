#!/usr/bin/env bash
# Longer fuzzing than CI's: 100,000-character tokens (CI: 1,000), and the dev-set mutations, in one run.
# Usage: bench/fuzz.sh [LONGEST_TOKEN]. The tries are fixed in each test's @Property (CI's budget, about 60 s in
# all), and so are the pipeline tests' seeds, so that CI is repeatable; for a hunt, remove `seed = ...` (or raise
# the tries) there for the run: each run then draws new seeds, and a failure prints the one to pin.
set -euo pipefail
cd "$(dirname "$0")/.."
long="${1:-100000}"
mvn -B -q test -Dtest='PipelineFuzzTest,MutatedPagesFuzzTest,KeySequenceFuzzTest' \
  -Dhark.fuzz.longToken="$long" -DfailIfNoTests=false
