#!/bin/sh
# uniq-gen.sh: makes the labelled pairs of the ccuniq evaluation set from
# tests/data/uniq-base.txt, deterministically (no randomness: the edit
# applied to a sentence is chosen by its position).
#
# usage: sh tests/uniq-gen.sh [base.txt] >tests/data/uniq-pairs.tsv
#
# Output: one pair a line, LABEL<TAB>KIND<TAB>A<TAB>B, where LABEL is 1
# when B is an edited copy of A (ccuniq must mark it) and 0 when B is a
# different sentence about the same event (it must not). Each base
# sentence gets four of the nine edits below, and each of its hard
# negatives is paired with it.
LC_ALL=C
export LC_ALL
base=${1:-$(dirname "$0")/data/uniq-base.txt}
awk -F '\t' '
function nwords(s,   a) { return split(s, a, " ") }
# Swaps two inner letters of the longest word: the typo an editor fixes.
function typo(s,   a, n, i, best, w, k) {
	n = split(s, a, " ")
	best = 1
	for (i = 1; i <= n; i++)
		if (length(a[i]) > length(a[best]))
			best = i
	w = a[best]
	k = int(length(w) / 2)
	a[best] = substr(w, 1, k - 1) substr(w, k + 1, 1) substr(w, k, 1) \
	    substr(w, k + 2)
	return join(a, n)
}
function join(a, n,   i, s) {
	s = a[1]
	for (i = 2; i <= n; i++)
		s = s " " a[i]
	return s
}
function titlecase(s,   a, n, i) {
	n = split(s, a, " ")
	for (i = 1; i <= n; i++)
		a[i] = toupper(substr(a[i], 1, 1)) substr(a[i], 2)
	s = join(a, n)
	gsub(/, /, ",  ", s)
	return s
}
# Quotes the middle word: straight quotes in one copy, curly in the other.
function quoteword(s, q1, q2,   a, n, m) {
	n = split(s, a, " ")
	m = int(n / 2)
	a[m] = q1 a[m] q2
	return join(a, n)
}
# Drops the last clause when it is short, else the last three words.
function trim(s,   i, tail, a, n) {
	i = 0
	while (match(substr(s, i + 1), /, /))
		i += RSTART + 1
	if (i > 0) {
		tail = substr(s, i + 1)
		if (nwords(tail) <= 7)
			return substr(s, 1, i - 2) "."
	}
	n = split(s, a, " ")
	n -= 3
	s = join(a, n)
	sub(/,$/, "", s)
	return s "."
}
function pair(label, kind, a, b) {
	printf "%d\t%s\t%s\t%s\n", label, kind, a, b
}
function edit(op, s, i,   a, b, t) {
	a = s
	if (op == 0) {
		a = quoteword(s, "\"", "\"")
		b = quoteword(s, "\342\200\234", "\342\200\235")
		gsub(/\047/, "\342\200\231", b)
		pair(1, "quotes", a, b)
	} else if (op == 1) {
		if (s ~ /Reuters/) {
			b = s
			gsub(/Reuters/, "AFP", b)
		} else {
			a = s " (Reuters)"
			b = s " (AFP)"
		}
		pair(1, "agency", a, b)
	} else if (op == 2) {
		pair(1, "updated", s, "(Updated) " s)
	} else if (op == 3) {
		pair(1, "typo", typo(s), s)
	} else if (op == 4) {
		pair(1, "case", s, titlecase(s))
	} else if (op == 5) {
		pair(1, "trim", s, trim(s))
	} else if (op == 6) {
		t = city[i % ncity]
		pair(1, "dateline", s, t " (Reuters) - " s)
	} else if (op == 7) {
		b = s
		if (gsub(/ said /, " says ", b) == 0)
			b = s " Officials confirmed it."
		pair(1, "tense", s, b)
	} else {
		b = s
		gsub(/Reuters/, "AFP", b)
		pair(1, "mixed", s, "UPDATE 2-" typo(b))
	}
}
BEGIN {
	ncity = split("WASHINGTON LONDON BEIJING BRUSSELS MOSCOW CANBERRA " \
	    "WELLINGTON BERLIN", city, " ")
	for (i = 0; i < ncity; i++)
		city[i] = city[i + 1]
}
/^#/ || NF == 0 { next }
$1 == "B" {
	cur = $2
	for (j = 0; j < 4; j++)
		edit((nb + 2 * j) % 9, cur, nb)
	nb++
	next
}
$1 == "N" { pair(0, "negative", cur, $2) }
' "$base"
