#!/bin/sh
# The first of README's two commands: installs what is missing, builds,
# and runs the main pipeline on the bundled example pages.
set -eu
cd "$(dirname "$0")/.."
sh examples/deps.sh
make
PATH=$PWD/build/bin:$PATH
export LC_ALL=C.UTF-8

echo
echo '$ ccsplit examples/pages/*.txt | cctag | ccfilter event=deny | ccfmt -o text'
ccsplit examples/pages/*.txt | cctag | ccfilter event=deny | ccfmt -o text -w 76
echo
echo '$ ccsplit examples/pages/*.txt | cctag | ccstat -n 8 act'
ccsplit examples/pages/*.txt | cctag | ccstat -n 8 act
