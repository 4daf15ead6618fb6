#!/bin/sh
# The first of README's two commands: installs what is missing, builds,
# and runs the main pipeline on the bundled example pages.
set -eu
cd "$(dirname "$0")/.."
sh examples/deps.sh
make
PATH=$PWD/build/bin:$PATH
set -x
ccsplit examples/pages/*.txt | head -n 5
