#!/bin/sh
# Regenerates the golden outputs of ccfmt from the inputs beside this
# script: sh tests/golden/ccfmt/regen.sh build/bin, then read git diff
# before committing. The tests run the same commands (t5001 to t5004).
set -eu
BIN=$(cd "$1" && pwd)
cd "$(dirname "$0")"
PATH=$BIN:$PATH
LC_ALL=C.UTF-8
export PATH LC_ALL
ccfmt gold.rec >gold.json
ccfmt -a gold.rec >gold-a.json
ccfmt -o tsv -c doc,sent,kind,country,event,act,text gold.rec >gold.tsv
ccfmt -o csv -c doc,sent,kind,country,event,act,text gold.rec >gold.csv
ccfmt -o text -w 72 gold.rec >gold.txt
ccfmt edge.rec >edge.json
ccfmt -a edge.rec >edge-a.json
ccfmt -o tsv -c doc,sent,note,person,missing,text edge.rec >edge.tsv
ccfmt -o tsv -d ' | ' -c doc,note,person,act edge.rec >edge-d.tsv
ccfmt -o csv -c doc,sent,note,person,missing,text edge.rec >edge.csv
ccfmt -o text -w 40 edge.rec >edge.txt
ccfmt -o text -w 0 edge.rec >edge-w0.txt
ccfmt -i json pages.jsonl >pages.rec
ccfmt -i json -o json pages.jsonl >pages.json
ccfmt -i json -o text -w 60 pages.jsonl >pages.txt
ccfmt -i json -o csv -c url,date,title,authors pages.jsonl >pages.csv
