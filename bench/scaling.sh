#!/usr/bin/env bash
# Time and peak memory against article size: 10k, 50k and 120k sentences (9 MB: a file holds at most 10 MB of
# text), plus a 5 MB line with no punctuation.
# `hark text` cleans the article; `hark spoken` splits and normalizes it. Needs GNU time (Debian: apt-get install time).
# Usage: bench/scaling.sh   (builds target/ first if needed; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
[ -f target/hark.jar ] || mvn -B -q package -DskipTests
CP="target/classes:$(ls target/lib/*.jar | tr '\n' :)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import random, sys
random.seed(13)
words = "the council said on monday that its new plan would cut costs for families across the region by next year".split()
def sentence():
    return " ".join(random.choice(words) for _ in range(random.randint(8, 20))).capitalize() + "."
for n in (10_000, 50_000, 120_000):
    with open(f"{sys.argv[1]}/s{n}.txt", "w") as f:
        for i in range(0, n, 5):
            f.write(" ".join(sentence() for _ in range(5)) + "\n\n")
with open(f"{sys.argv[1]}/line5mb.txt", "w") as f:
    out, size = [], 0
    while size < 5 * 1024 * 1024:
        w = random.choice(words); out.append(w); size += len(w) + 1
    f.write(" ".join(out))
PY
echo "| input | size | hark text: s, peak RSS | hark spoken: s, peak RSS |"
echo "| --- | --- | --- | --- |"
for f in s10000 s50000 s120000 line5mb; do
  row="| $f | $(du -h "$work/$f.txt" | cut -f1) |"
  for cmd in text spoken; do
    /usr/bin/time -f "%e %M" -o "$work/t" java -XX:+UseSerialGC -Xss4m -cp "$CP" hark.cli.Main "$cmd" "$work/$f.txt" >/dev/null 2>&1 || true
    read -r secs kb < "$work/t"
    row="$row $secs s, $((kb / 1024)) MB |"
  done
  echo "$row"
done
