#!/usr/bin/env bash
# Pause, skip and speed-change latency on the real audio path, as issue 5 asks: the real CLI
# (`hark.cli.Main --plain`, FreeTTS, Java Sound) plays an article in a child JVM whose ALSA default device writes
# to a file; keys go to the child's stdin at known times, and the file's growth is time-stamped every 1 ms.
#   pause: key -> the file stops growing (last arrival before the resume key)
#   skip (right arrow): key -> the first bytes of the next sentence arrive (found by content: each sentence is
#         re-synthesized at 1x and matched sample for sample in the file)
#   speed (] from 1x): key -> the first sample that is no longer an exact 1x copy arrives (the first stretched one)
# Each figure is given twice: when the audio arrived in the file (ALSA's file plugin holds back one 100 ms line
# buffer, so this is about when a real device would play it), and when the write carrying it was handed to the
# sink (a time-stamping wrapper around the real JavaSoundSink in the child, hark.bench.StampedHark).
# Prints each trial, then median, p90 and max, with the machine's core count, load average and the child's GC.
# Usage: bench/latency/run.sh [TRIALS] [ARTICLE]   (default: 10 trials each, examples/welcome.html; ~2 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
trials="${1:-10}"
article="${2:-examples/welcome.html}"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null 2>&1 \
  || mvn -q dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$cp")" hark.bench.LatencyBench "$trials" "$article"
