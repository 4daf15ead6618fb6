#!/bin/sh
# Regenerates the golden outputs of t6000 with the ccuniq in $1 (default
# build/bin); read `git diff tests/golden/ccuniq` before committing.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
cd "$(dirname "$0")"
W=../../../examples/uniq/wires.rec
C=$bin/ccuniq
$C "$W" >default.out
$C -m "$W" >m.out
$C -e -m "$W" >em.out
$C -d "$W" >d.out
$C -d -m "$W" >dm.out
$C -t 0.9 -m "$W" >t09m.out
$C -e -k kind "$W" >ekind.out
$C -m -k kind -k text "$W" >mkindtext.out
$C -m misc.rec >misc-m.out
$C -m -S 836 misc.rec >misc-S1.out
$C -m -S 1672 misc.rec >misc-S2.out
