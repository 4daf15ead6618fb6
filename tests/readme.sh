#!/bin/sh
# readme.sh: runs the examples of README.md and compares their output.
#
# usage: readme.sh BINDIR check     exit 1 and show a diff on a mismatch
#        readme.sh BINDIR update    print README.md with fresh outputs
#
# An example is a fenced block opened by "```console": each line that
# starts with "$ " is a command, run by sh from the top of the tree with
# BINDIR first in PATH; the lines after it, up to the next command or the
# end of the block, are its standard output.
set -eu
bin=$1 mode=$2
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cc-readme.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
awk -v dir="$tmp" '
/^```console$/ { inblock = 1; next }
inblock && /^```$/ { inblock = 0; next }
inblock && /^\$ / { n++; printf "%s\n", substr($0, 3) >(dir "/cmd." n);
	printf "" >(dir "/want." n); next }
inblock && n { print >>(dir "/want." n) }
END { print n + 0 >(dir "/count") }' "$top/README.md"
n=$(cat "$tmp/count")
status=0
i=1
while [ "$i" -le "$n" ]; do
	(cd "$top" && PATH=$bin:$PATH LC_ALL=C.UTF-8 COLUMNS=80 \
	    sh "$tmp/cmd.$i") >"$tmp/got.$i" 2>&1 || true
	if [ "$mode" = check ] && ! cmp -s "$tmp/want.$i" "$tmp/got.$i"; then
		echo "README example $i differs: $(cat "$tmp/cmd.$i")"
		diff -u "$tmp/want.$i" "$tmp/got.$i" || true
		status=1
	fi
	i=$((i + 1))
done
if [ "$mode" = update ]; then
	awk -v dir="$tmp" '
	/^```console$/ { inblock = 1; print; next }
	inblock && /^```$/ { inblock = 0; print; next }
	inblock && /^\$ / { n++; print; f = dir "/got." n
		while ((getline l <f) > 0) print l; close(f); next }
	inblock { next }
	{ print }' "$top/README.md"
fi
exit $status
