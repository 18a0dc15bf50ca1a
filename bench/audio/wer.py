#!/usr/bin/env python3
"""Scores the rendered routes (see intelligibility.sh): each WAV that is faster than 1x is slowed back to 1x
with sox (`stretch` by default, see SLOW_BACK), transcribed with pocketsphinx_continuous, and compared word by word with its sentence.
Prints, per route, the word error rate and the points lost against the 1x route.

Usage: wer.py [--slow-back=METHOD] SENTENCES OUTDIR [ROUTE...]   (all routes in OUTDIR/configs.tsv when none are
named). METHOD is how fast audio is brought back to 1x before transcription: one of SLOW_BACK's keys
(default stretch); kept selectable so that the yardstick can be checked.
"""
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# sox effects that slow a clip by 1/speed; {f} is the tempo factor 1/speed, {s} the stretch factor (speed).
# `stretch` is the default because its figures for FreeTTS's native rate come closest to the reference in issue 5
# (native 2x/3x lose 14.0/21.4 points here vs about 4/26 there; `tempo -s` gives 21.4/51.1, `tempo` 54.6/65.9,
# `tempo -m` 52.0/63.3), and its figure for a Sonic-style stretch (6.6/22.3 before AmdfPitch followed Sonic)
# matches the reference's 6/20. `tempo`, a WSOLA, adds its own damage on top of the one measured.
SLOW_BACK = {
    "tempo-s": ["tempo", "-s", "{f}"],
    "tempo": ["tempo", "{f}"],
    "tempo-m": ["tempo", "-m", "{f}"],
    "tempo-s-20ms": ["tempo", "-s", "{f}", "20"],
    "stretch": ["stretch", "{s}"],
}


def words(text):
    return re.sub(r"[^a-z' ]", " ", text.lower().replace("-", " ")).split()


def edits(ref, hyp):
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def transcribe(wav, speed, method):
    source = wav
    if abs(speed - 1) > 1e-6:
        source = wav.with_suffix(".1x.wav")
        effect = [a.format(f=f"{1 / speed:.6f}", s=f"{speed:.6f}") for a in SLOW_BACK[method]]
        # -D: no dither, so that a run is repeatable.
        subprocess.run(["sox", "-D", str(wav), str(source), *effect], check=True)
    text = subprocess.run(["pocketsphinx_continuous", "-infile", str(source), "-logfn", "/dev/null"],
                          capture_output=True, text=True, check=True).stdout
    wav.with_suffix(".txt").write_text(" ".join(text.split()))


def main(sentences, out, only, method="stretch"):
    out = Path(out)
    refs = [words(s) for s in Path(sentences).read_text().splitlines() if s.strip()]
    routes = [line.split("\t") for line in (out / "configs.tsv").read_text().splitlines()]
    routes = [r for r in routes if not only or r[0] in only]
    jobs = [(out / name / f"{i:02d}.wav", float(speed)) for name, speed, _, _ in routes for i in range(len(refs))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: transcribe(*job, method), jobs))
    rows = []
    for name, speed, synth, stretch in routes:
        errors = sum(edits(ref, words((out / name / f"{i:02d}.txt").read_text())) for i, ref in enumerate(refs))
        rows.append((name, float(speed), float(synth), float(stretch),
                     100.0 * errors / sum(len(ref) for ref in refs)))
    base = next((r[4] for r in rows if r[0] == "1x"), rows[0][4])
    print(f"{'route':<16} {'speed':>5} {'synth':>6} {'stretch':>7} {'WER%':>6} {'lost':>6}")
    for name, speed, synth, stretch, wer in rows:
        print(f"{name:<16} {speed:>5.1f} {synth:>6.2f} {stretch:>7.3f} {wer:>6.1f} {wer - base:>+6.1f}")


if __name__ == "__main__":
    flags = [a for a in sys.argv[1:] if a.startswith("--slow-back=")]
    args = [a for a in sys.argv[1:] if not a.startswith("--slow-back=")]
    main(args[0], args[1], set(args[2:]), flags[-1].split("=", 1)[1] if flags else "stretch")
