#!/bin/sh
# ccsplit: where documents start. A page is one document, whatever its
# footer; pages concatenated on one stream give the records they give as
# separate operands, document by document.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccsplit

# Every page of the project: the golden pages (rich footers, no footer,
# headline first, bylines, datelines with dashes) and the examples.
ls "$G"/*.txt "$SRC_DIR"/examples/pages/*.txt >pages
test -s pages || exit 1

# docnum FILE: the records of FILE with doc=N, N counting documents.
docnum() {
	awk -F "\t" "BEGIN { OFS = \"\t\" }
	    \$1 != last { n++; last = \$1 } { \$1 = \"doc=\" n; print }" "$1"
}

# separate OPTS PAGE...: each page as an operand, documents numbered.
separate() {
	o=$1
	shift
	for p; do
		ccsplit $o "$p" >one || return 1
		cat one
	done >sep.raw &&
	docnum sep.raw >sep
}

# stream OPTS PAGE...: the pages concatenated on the standard input.
stream() {
	o=$1
	shift
	cat "$@" >all.txt &&
	ccsplit $o <all.txt >cat.raw &&
	docnum cat.raw >cat
}

test_expect_success 'every page alone is exactly one document' '
	while read -r p; do
		ccsplit -b "$p" >out || exit 1
		cut -f1 out | sort -u >docs &&
		test $(wc -l <docs) = 1 || { echo "$p: $(cat docs)"; exit 1; }
	done <pages
'
for o in "" -p -d -b; do
	test_expect_success "pages on a stream give their records (${o:-sentences})" '
		separate "$o" $(cat pages) &&
		stream "$o" $(cat pages) &&
		test_cmp sep cat
	'
done
test_expect_success 'the same in reverse order' '
	sort -r pages >rpages &&
	separate -b $(cat rpages) &&
	stream -b $(cat rpages) &&
	test_cmp sep cat
'
test_expect_success 'every page after every other page' '
	while read -r a; do
		while read -r b; do
			test "$a" = "$b" && continue
			separate -b "$a" "$b" && stream -b "$a" "$b" &&
			test_cmp sep cat || { echo "$a then $b"; exit 1; }
		done <pages || exit 1
	done <pages
'
test_expect_success 'a concatenation as a file operand reads as on stdin' '
	cat $(cat pages) >all.txt &&
	ccsplit all.txt >f.raw &&
	ccsplit <all.txt >s.raw &&
	docnum f.raw >f && docnum s.raw >s &&
	test_cmp f s &&
	test $(cut -f1 f.raw | uniq | wc -l) = $(wc -l <pages)
'
test_expect_success 'golden: every line of the new pages, with -b' '
	(cd "$G" && ccsplit -b ap-style.txt foot-bullets.txt foot-related.txt \
	    headline-first.txt nav-bullets.txt no-footer.txt) >out &&
	test_cmp "$G/pages.out" out
'
test_expect_success 'a related list, comment prompt and copyright: boilerplate' '
	ccsplit -b "$G/foot-related.txt" >out &&
	for t in "Related coverage" "- Watchdog says voter records were copied in 2021 breach." \
	    "Comments are closed for this article." "© 2018 Some Wire." \
	    "All rights reserved." "Terms | Privacy | Contact"; do
		grep -F "kind=boiler	text=$t" out >/dev/null ||
		    { echo "not boilerplate: $t"; exit 1; }
	done
'
test_expect_success 'comment prompts are boilerplate, prose with the words is not' '
	for t in "Comments (0)" "Be the first to comment" "Join the conversation" \
	    "Log in to comment" "Show comments" \
	    "Comments are closed for this article."; do
		printf "%s\n" "Hackers hit the city portal" "" \
		    "The city said the portal was down. It is back now." \
		    "$t" >in &&
		ccsplit -b in >out &&
		grep -F "kind=boiler	text=$t" out >/dev/null ||
		    { echo "not boilerplate: $t"; exit 1; }
	done &&
	printf "%s\n" "Hackers hit the city portal" "" \
	    "Iran urged the US to join the conversation on cyber norms. It said so." >in &&
	ccsplit in >out &&
	test_grep "kind=body	text=Iran urged the US to join the conversation" out
'
test_expect_success 'prose using footer words opens no footer' '
	printf "%s\n" "Hackers hit the city portal" "" \
	    "Prosecutors said the group stole trade secrets and broke copyright law." \
	    "The report will not be published, officials said." \
	    "\"The servers are not under our control,\" he said." \
	    "Britain said the views expressed by Moscow were false." >in &&
	ccsplit -b in >out &&
	test $(grep -c "kind=body" out) = 4
'
test_expect_success '"Updated 3 hours ago" and a byline are no headline' '
	printf "%s\n" "Agency names state hackers in breach" "By Jane Doe" \
	    "Updated 3 hours ago" "" "The agency said so on Monday. It named them." >in &&
	ccsplit -p in >out &&
	test_grep "par=1	off=0	kind=title	text=Agency names state hackers in breach" out &&
	test $(wc -l <out) = 2 &&
	printf "%s\n" "Updated guidance on state hackers issued" "" \
	    "The agency said so on Monday. It named them." >in &&
	ccsplit -p in >out &&
	test_grep "par=1	off=0	kind=title	text=Updated guidance on state" out
'
test_expect_success 'a new page after a footer: headline and several paragraphs' '
	printf "%s\n" "Hackers hit the city portal" "" \
	    "The city said the portal was down. It is back now." \
	    "Leave a comment" "Ministers weigh new rules for utilities" \
	    "The ministry said it would publish rules. They are due in May." \
	    "Utilities have asked for more time. Talks continue." >in &&
	ccsplit in >out &&
	test_grep "^doc=in#2	par=1	sent=1	off=0	kind=title	text=Ministers weigh" out
'
test_expect_success 'teasers after a footer are no new page' '
	printf "%s\n" "Hackers hit the city portal" "" \
	    "The city said the portal was down. It is back now." \
	    "Most read" "Ministers weigh new rules for utilities" \
	    "The ministry said it would publish rules. They are due in May." \
	    "- Utilities ask for more time. Talks continue." \
	    "- Regulator fines telecom. It will appeal." >in &&
	ccsplit -b in >out &&
	! grep -q "doc=in#2" out
'
# The limit the man page states under CAVEATS.
test_expect_success 'a headline and prose alone after a page without footer: a crosshead' '
	printf "%s\n" "Hackers hit the city portal" "" \
	    "The city said the portal was down. It is back now." \
	    "Ministers weigh new rules for utilities" \
	    "The ministry said it would publish rules. They are due in May." >in &&
	ccsplit in >out &&
	! grep -q "doc=in#2" out &&
	test_grep "kind=title	text=Ministers weigh" out
'
test_done
