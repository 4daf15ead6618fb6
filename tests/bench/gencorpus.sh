#!/bin/sh
# gencorpus.sh DIR MB: writes MB megabytes of raw news pages to stdout,
# made deterministically from the pages in DIR. Each copy numbers its
# title and varies its figures so that no two pages are byte-identical.
set -eu
dir=$1 mb=$2
awk -v mb="$mb" '
FNR == 1 { npage++ }
{ page[npage] = page[npage] $0 "\n" }
END {
	limit = mb * 1000000
	for (i = 1; total < limit; i++) {
		p = page[(i - 1) % npage + 1]
		gsub(/2024/, 2000 + i % 25, p)
		s = "Report " i ": " p "\n"
		printf "%s", s
		total += length(s)
	}
}' "$dir"/*.txt
