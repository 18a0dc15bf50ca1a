#!/usr/bin/env bash
# Time from `./hark ARTICLE` to the first audio bytes reaching the sound device, without a sound card:
# ALSA's default device is pointed at a file, and we poll that file until bytes arrive.
# Usage: bench/first-audio.sh [ARTICLE] [RUNS]   (default: examples/welcome.html, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
article="${1:-examples/welcome.html}"
runs="${2:-5}"
./hark --version >/dev/null   # build first, so the build is not timed
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
raw="$home/out.raw"
printf 'pcm.!default { type file; slave.pcm "null"; file "%s"; format "raw" }\n' "$raw" >"$home/.asoundrc"
for i in $(seq "$runs"); do
  rm -f "$raw"
  start=$(date +%s%N)
  # A pipe for stdin keeps hark waiting for keys; `q` is sent once audio has started.
  exec 3> >(HOME="$home" ./hark --plain "$article" >/dev/null 2>&1)
  while [ ! -s "$raw" ]; do
    sleep 0.005
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 20000 ]; then echo "no audio after 20 s" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  printf 'q' >&3; exec 3>&-
  echo "run $i: first audio after $(( (end - start) / 1000000 )) ms"
  sleep 0.5
done
