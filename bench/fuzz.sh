#!/usr/bin/env bash
# Longer fuzzing than CI's: more tries and 100,000-character tokens (CI: 1,000). Usage: bench/fuzz.sh [TRIES]
# PipelineFuzzTest is excluded from `mvn test` (pom.xml) because it still fails now and then: time-outs on long
# tokens and words joined across dropped characters (see issue 13's report). Naming it with -Dtest runs it here.
# Shorter: bench/fuzz.sh 150 1000
set -euo pipefail
cd "$(dirname "$0")/.."
tries="${1:-2000}"
long="${2:-100000}"
mvn -B -q test -Dtest='PipelineFuzzTest,KeySequenceFuzzTest' -Djqwik.tries.default="$tries" \
  -Dhark.fuzz.longToken="$long" -DfailIfNoTests=false
