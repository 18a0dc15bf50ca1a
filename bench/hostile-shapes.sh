#!/usr/bin/env bash
# Time and peak memory of `hark text` on pages shaped to make tree work quadratic (issue 13):
# <div><p>…</p> nested 100,000 deep, and 100,000 share bars beside one paragraph in an <article>.
# Needs GNU time (Debian: apt-get install time). Usage: bench/hostile-shapes.sh   (prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
./hark --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
n = 100_000
with open(f"{sys.argv[1]}/deep.html", "w") as f:
    f.write("<html><body>" + "".join(f"<div><p>Paragraph {i}.</p>" for i in range(n)) + "</div>" * n + "</body></html>")
with open(f"{sys.argv[1]}/wide.html", "w") as f:
    f.write("<html><body><article><p>The one paragraph a reader wants to hear.</p>"
            + "".join(f'<div class="share"><a href="/s/{i}">Share</a></div>' for i in range(n)) + "</article></body></html>")
PY
echo "| page | size | hark text: wall s, CPU s, peak RSS | blocks out |"
echo "| --- | --- | --- | --- |"
for f in deep wide; do
  /usr/bin/time -f "%e %U %S %M" -o "$work/$f.time" ./hark text "$work/$f.html" > "$work/$f.out"
  read -r wall user sys rss < "$work/$f.time"
  size=$(du -k "$work/$f.html" | cut -f1)
  blocks=$(grep -c . "$work/$f.out" || true)
  cpu=$(python3 -c "print(round($user + $sys, 1))")
  echo "| $f | ${size} KB | ${wall} s, ${cpu} s, $((rss / 1024)) MB | $blocks |"
done
