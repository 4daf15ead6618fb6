#!/bin/sh
# Regenerates the golden outputs of ccsplit from the inputs beside this
# script. Read the diff (git diff tests/golden/ccsplit) before committing.
# usage: sh tests/golden/ccsplit/regen.sh [BINDIR]
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$dir/../../../build/bin}
cd "$dir"
"$bin"/ccsplit page-a.txt page-b.txt >sent.out
"$bin"/ccsplit -p page-a.txt page-b.txt >para.out
"$bin"/ccsplit -d page-a.txt page-b.txt >doc.out
"$bin"/ccsplit -b page-a.txt >boiler.out
cat page-a.txt page-b.txt | "$bin"/ccsplit >stream.out
"$bin"/ccsplit -r records.in >records.out
"$bin"/ccsplit -b ap-style.txt foot-bullets.txt foot-related.txt \
    headline-first.txt nav-bullets.txt no-footer.txt >pages.out
"$bin"/ccsplit -b date-*.txt >dates.out
