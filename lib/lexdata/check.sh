#!/bin/sh
# check.sh - validate the lexicon fact tables in this directory.
#
# Checks every *.tsv here: valid UTF-8, no CR or NUL, a header line naming
# the expected columns, the same number of fields on every data line, no
# empty required field, no blank at either end of a field.  Then per file:
# country codes are ISO 3166-1 alpha-2 as listed by iso-codes (plus XK,
# Kosovo, a user-assigned code in common use), kinds are from the documented
# sets, and a form that maps to two codes in countries.tsv is listed as
# ambiguous in notstate.tsv.  Prints one line per problem, exits 1 if any.
#
# usage: sh check.sh [iso_3166-1.json]
set -u
here=$(cd "$(dirname "$0")" && pwd)
iso=${1:-/usr/share/iso-codes/json/iso_3166-1.json}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
status=0

if [ -r "$iso" ]; then
	grep -o '"alpha_2": *"[A-Z][A-Z]"' "$iso" |
	    sed 's/.*"\([A-Z][A-Z]\)"$/\1/' >"$tmp/iso"
else
	echo "check.sh: $iso: not readable; codes taken from countries.tsv" >&2
	awk -F'\t' '!/^#/ && NR > 1 { print $1 }' "$here/countries.tsv" \
	    >"$tmp/iso"
fi
echo XK >>"$tmp/iso"
sort -u -o "$tmp/iso" "$tmp/iso"
# Org codes, for columns that take a state or a bloc.
awk -F'\t' '!/^#/ && $1 != "code" && NF { print $1 }' "$here/orgs.tsv" \
    2>/dev/null | sort -u >"$tmp/orgs"

# file, header
set -- \
    countries.tsv "code	kind	phrase	flags" \
    countries.hand.tsv "code	kind	phrase	flags" \
    orgs.tsv "code	phrase	members	kind	flags" \
    actors.tsv "name	aliases	kind	country	source	flags" \
    generic.tsv "form	state	actor	note" \
    suffixes.tsv "vendor	suffix	country	note" \
    people.tsv "name	aliases	state	role	from	to	flags" \
    notstate.tsv "phrase	flags	codes	note" \
    context.tsv "phrase	flags	codes	note" \
    cues.tsv "event	phrase	form	role	flags	note" \
    clause.tsv "event	phrase	form	role	flags	note"

while [ $# -ge 2 ]; do
	f=$1 hdr=$2
	shift 2
	p="$here/$f"
	if [ ! -e "$p" ]; then
		echo "$f: missing"
		status=1
		continue
	fi
	if ! iconv -f UTF-8 -t UTF-8 "$p" >/dev/null 2>&1; then
		echo "$f: not valid UTF-8"
		status=1
	fi
	if tr -d '\r\000' <"$p" | cmp -s - "$p"; then :; else
		echo "$f: carriage return or NUL"
		status=1
	fi
	awk -F'\t' -v f="$f" -v hdr="$hdr" \
	    -v isof="$tmp/iso" -v orgf="$tmp/orgs" '
	BEGIN {
		while ((getline c <isof) > 0) iso[c] = 1
		while ((getline c <orgf) > 0) org[c] = 1
		nh = split(hdr, H, "\t")
		split("name variant adj demonym capital seat", a, " ")
		for (i in a) ckind[a[i]] = 1
		split("name variant seat", a, " ")
		for (i in a) okind[a[i]] = 1
		split("apt agency ministry company bloc body parliament " \
		    "group", a, " ")
		for (i in a) akind[a[i]] = 1
		if (f == "context.tsv") split("context", a, " ")
		else split("block ambiguous", a, " ")
		for (i in a) nclass[a[i]] = 1
		if (f == "clause.tsv") split("neg speech", a, " ")
		else split("accuse deny denounce sanction charge victim " \
		    "demand threaten", a, " ")
		for (i in a) ev[a[i]] = 1
		bad = 0
	}
	function err(m) { printf "%s:%d: %s\n", f, NR, m; bad = 1 }
	function state(c, orgok) {
		return (c in iso) || (orgok && (c in org))
	}
	/^#/ || /^$/ { next }
	!seenhdr {
		seenhdr = 1
		if ($0 != hdr) err("header is not \"" hdr "\"")
		next
	}
	{
		if (NF != nh) { err(NF " fields, want " nh); next }
		for (i = 1; i <= NF; i++)
			if ($i ~ /^[ ]|[ ]$/) err("blank at end of field " i)
	}
	f ~ /^countries/ {
		if (!state($1, 0)) err("bad code " $1)
		if (!($2 in ckind)) err("bad kind " $2)
		if ($4 != "" && $4 != "case") err("bad flags " $4)
		if ($3 == "") err("empty form")
		k = $1 "\t" $3
		if (k in seen) err("duplicate " $1 " " $3)
		seen[k] = 1
	}
	f == "orgs.tsv" {
		if (!($4 in okind)) err("bad kind " $4)
		if ($5 != "" && $5 != "case" && $5 != "seat")
			err("bad flags " $5)
		n = split($3, m, " ")
		for (i = 1; i <= n; i++)
			if (!state(m[i], 0)) err("bad member " m[i])
		k = $2
		if ((k in ocode) && ocode[k] != $1)
			err("form " k " in " ocode[k] " and " $1)
		ocode[k] = $1
	}
	f == "actors.tsv" {
		if ($1 == "") err("empty name")
		if (!($3 in akind)) err("bad kind " $3)
		if ($4 != "" && $4 != "?" && !state($4, 1))
			err("bad country " $4)
		if ($1 in aname) err("duplicate name " $1)
		aname[$1] = 1
	}
	f == "generic.tsv" {
		if ($2 != "*" && !state($2, 1)) err("bad state " $2)
		k = $1 "\t" $2
		if (k in seen) err("duplicate " $1 " " $2)
		seen[k] = 1
	}
	f == "suffixes.tsv" {
		if ($3 != "" && !state($3, 0)) err("bad country " $3)
	}
	f == "people.tsv" {
		if (!state($3, 1)) err("bad state " $3)
		if ($5 != "" && $5 !~ /^[0-9][0-9][0-9][0-9]$/) err("bad from")
		if ($6 != "" && $6 !~ /^[0-9][0-9][0-9][0-9]$/) err("bad to")
	}
	f == "notstate.tsv" || f == "context.tsv" {
		cl = $2
		sub(/,case$/, "", cl)
		if (!(cl in nclass)) err("bad class " $2)
		if ($1 in nphr) err("duplicate phrase " $1)
		nphr[$1] = 1
		n = split($3, m, " ")
		for (i = 1; i <= n; i++)
			if (!state(m[i], 1)) err("bad code " m[i])
	}
	f == "cues.tsv" || f == "clause.tsv" {
		if (!($1 in ev)) err("bad event " $1)
		if (($2 ~ /\*/) != ($5 == "gap")) err("gap flag and * disagree")
		k = $1 "\t" $2 "\t" $4
		if (k in seen) err("duplicate " $1 " " $2)
		seen[k] = 1
	}
	END {
		if (!seenhdr) err("no header")
		exit bad
	}' "$p" || status=1
done

# A form under two codes must be declared ambiguous in notstate.tsv.
awk -F'\t' '!/^#/ && $1 != "code" { print $3 "\t" $1 }' \
    "$here/countries.tsv" | sort -u |
    awk -F'\t' '{ n[$1]++; c[$1] = c[$1] " " $2 }
	END { for (k in n) if (n[k] > 1) print k "\t" c[k] }' >"$tmp/multi"
awk -F'\t' '$2 ~ /^ambiguous/ { print $1 }' "$here/notstate.tsv" \
    2>/dev/null >"$tmp/amb"
while IFS='	' read -r form codes; do
	if ! grep -Fqx -- "$form" "$tmp/amb"; then
		echo "countries.tsv: \"$form\" maps to$codes, not ambiguous in notstate.tsv"
		status=1
	fi
done <"$tmp/multi"

# A name or alias names one actor only.
awk -F'\t' '!/^#/ && $1 != "name" && NF {
	print $1 "\t" $1
	n = split($2, a, "|")
	for (i = 1; i <= n; i++) if (a[i] != "") print a[i] "\t" $1
    }' "$here/actors.tsv" | sort -u |
    awk -F'\t' '{ n[$1]++; w[$1] = w[$1] " " $2 }
	END { for (k in n) if (n[k] > 1) print k "\t" w[k] }' >"$tmp/adup"
if [ -s "$tmp/adup" ]; then
	sed 's/^/actors.tsv: alias of several actors: /' "$tmp/adup"
	status=1
fi

# generic.tsv names only actors that actors.tsv has.
awk -F'\t' 'NR == FNR { if (!/^#/) n[$1] = 1; next }
    !/^#/ && $1 != "form" && NF && !($3 in n) {
	print "generic.tsv: unknown actor " $3; bad = 1 }
    END { exit bad }' "$here/actors.tsv" "$here/generic.tsv" || status=1

# context.tsv phrases are countries.tsv phrases (the state by default).
awk -F'\t' 'NR == FNR { if (!/^#/) c[$3] = 1; next }
    !/^#/ && $1 != "phrase" && NF && !($1 in c) {
	print "context.tsv: " $1 " is not in countries.tsv"; bad = 1 }
    END { exit bad }' "$here/countries.tsv" "$here/context.tsv" || status=1

# Every ISO code has a name.
awk -F'\t' '$2 == "name" { print $1 }' "$here/countries.tsv" | sort -u \
    >"$tmp/named"
comm -23 "$tmp/iso" "$tmp/named" | while read -r c; do
	echo "countries.tsv: $c has no name row"
done | grep . && status=1

# countries.tsv is what mkcountries.sh makes.
if [ -r "$iso" ] && command -v python3 >/dev/null 2>&1; then
	sh "$here/mkcountries.sh" "$iso" >"$tmp/gen" &&
	    cmp -s "$tmp/gen" "$here/countries.tsv" ||
	    { echo "countries.tsv: differs from mkcountries.sh output"; status=1; }
fi
exit $status
