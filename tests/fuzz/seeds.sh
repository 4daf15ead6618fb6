#!/bin/sh
# seeds.sh OUTDIR NAME: collects a seed corpus for fuzz target NAME into
# OUTDIR from the project's own inputs: the hand-written seeds in
# tests/fuzz/corpus/NAME, the regression inputs in tests/fuzz/regress/NAME,
# and, by target, golden outputs, example pages and test data. Nothing it
# makes is committed; every file is cut to 64 KiB.
set -eu
out=$1 name=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"

# add FILE...: copies each file (cut to 64 KiB) under a name from its path.
add() {
	for f in "$@"; do
		[ -f "$f" ] || continue
		head -c 65536 "$f" >"$out/$(printf '%s' "$f" | tr '/ ' '__')"
	done
}

add "$src"/tests/fuzz/corpus/"$name"/* "$src"/tests/fuzz/regress/"$name"/*
case $name in
rec|esc|io|json|recjson)
	add "$src"/tests/golden/*/* "$src"/tests/golden/*/*/* ;;
esac
case $name in
utf|split|sent|io)
	add "$src"/examples/pages/*.txt
	[ -d "${CC_SHARED:-/nonexistent}/corpus/seeds" ] &&
	    add "$CC_SHARED"/corpus/seeds/*.txt
	;;
lex)
	add "$src"/tests/golden/cctag/*.lex "$src"/lib/*.lex \
	    "$src"/data/*.lex "$src"/examples/*.lex ;;
esac
exit 0
