#!/usr/bin/env bash
# Intelligibility of fast speech by route (FreeTTS native rate, TempoStretcher on 1x audio, hybrids), as issue 5
# describes: render each sentence, bring fast audio back to 1x with sox (`stretch` by default; wer.py says why
# and lists the other slow-backs), transcribe it with pocketsphinx, and print the word error rate against the
# text, and the points lost against 1x.
# Needs (benchmark only, not the tests): apt-get install -y pocketsphinx pocketsphinx-en-us sox
# Usage: bench/audio/intelligibility.sh [OUTDIR [--slow-back=tempo-s|tempo|tempo-m|tempo-s-20ms|stretch]]
#        (default /tmp/hark-intelligibility; takes about 3 minutes on an idle machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-/tmp/hark-intelligibility}
for tool in sox pocketsphinx_continuous python3; do
  command -v "$tool" >/dev/null || { echo "intelligibility.sh: $tool is missing; apt-get install -y pocketsphinx pocketsphinx-en-us sox" >&2; exit 1; }
done
mvn -q -o compile 2>/dev/null || mvn -q compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$out.cp" >/dev/null 2>&1 \
  || mvn -q dependency:build-classpath -Dmdep.outputFile="$out.cp" >/dev/null
rm -rf "$out"; mkdir -p "$out"
java -cp "target/classes:$(cat "$out.cp")" bench/audio/RenderIntelligibility.java bench/audio/sentences.txt "$out"

python3 bench/audio/wer.py "${@:2}" bench/audio/sentences.txt "$out"
