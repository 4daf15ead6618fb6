#!/bin/sh
# ccsplit: options, the three modes, boilerplate, documents on a stream.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccsplit

test_expect_success '-h prints usage on stdout, exit 0' '
	ccsplit -h >out &&
	test_grep "^usage: ccsplit \[-bdhlpqrSsV\] \[-L size\] \[file ...\]" out
'
test_expect_success '-V prints the version' '
	ccsplit -V >out &&
	test_grep "ccsplit" out
'
test_expect_success 'a bad option: message, usage on stderr, exit 2' '
	test_expect_code 2 ccsplit -z </dev/null >out 2>err &&
	test_grep "invalid option" err &&
	test_grep "^usage: ccsplit" err &&
	test ! -s out
'
test_expect_success '-L 0 is refused before reading' '
	test_expect_code 2 ccsplit -L 0 </dev/null 2>err &&
	test_grep "ccsplit: -L 0:" err
'
test_expect_success 'sentence records of two pages (default mode)' '
	(cd "$G" && ccsplit page-a.txt page-b.txt) >out &&
	test_cmp "$G/sent.out" out
'
test_expect_success 'paragraph records (-p)' '
	(cd "$G" && ccsplit -p page-a.txt page-b.txt) >out &&
	test_cmp "$G/para.out" out
'
test_expect_success 'document records (-d)' '
	(cd "$G" && ccsplit -d page-a.txt page-b.txt) >out &&
	test_cmp "$G/doc.out" out
'
test_expect_success 'boilerplate kept as kind=boiler (-b)' '
	(cd "$G" && ccsplit -b page-a.txt) >out &&
	test_cmp "$G/boiler.out" out &&
	test_grep "kind=boiler	date=2024-05-07	source=Nordic Press	text=Share this article" out
'
test_expect_success 'pages concatenated on stdin become -, -#2' '
	cat "$G/page-a.txt" "$G/page-b.txt" | ccsplit >out &&
	test_cmp "$G/stream.out" out &&
	test_grep "^doc=-#2	par=1	sent=1	off=20	kind=title" out
'
test_expect_success 'a form feed starts a new document' '
	printf "One page here. It ends.\f\nAnother page now. It ends too.\n" >in &&
	ccsplit in >out &&
	printf "doc=in\tpar=1\tsent=1\toff=0\tkind=body\ttext=One page here.\ndoc=in\tpar=1\tsent=2\toff=15\tkind=body\ttext=It ends.\ndoc=in#2\tpar=1\tsent=1\toff=0\tkind=body\ttext=Another page now.\ndoc=in#2\tpar=1\tsent=2\toff=18\tkind=body\ttext=It ends too.\n" >expect &&
	test_cmp expect out
'
test_expect_success 'the dateline date wins over the date bar' '
	(cd "$G" && ccsplit page-a.txt) >out &&
	test_grep "date=2024-05-07" out &&
	! grep -q "date=2024-05-08" out
'
test_expect_success 'off points at the first byte of each sentence' '
	(cd "$G" && ccsplit -b page-a.txt page-b.txt) >out &&
	while IFS="	" read -r doc par sent off kind rest; do
		t=${rest##*text=}
		n=${off#off=}
		want=$(printf "%s" "$t" | cut -c1-8)
		got=$(dd if="$G/${doc#doc=}" bs=1 skip="$n" count=8 2>/dev/null)
		[ "$got" = "$want" ] || { echo "$doc $off: $got != $want"; exit 1; }
	done <out
'
test_expect_success '-q writes nothing and exits 0' '
	ccsplit -q "$G/page-a.txt" >out &&
	test ! -s out
'
test_expect_success '-l still writes every record' '
	ccsplit "$G/page-a.txt" >expect &&
	ccsplit -l "$G/page-a.txt" >out &&
	test_cmp expect out
'
test_expect_success 'a document longer than the window is written whole' '
	awk "BEGIN { print \"Headline of a long page here\"; print \"\";
	    for (i = 0; i < 60000; i++)
		printf \"Paragraph %d says so. It has two sentences.\\n\\n\", i }" >in &&
	ccsplit in >out &&
	test $(wc -l <out) = 120001 &&
	awk -F "\t" "\$3 != \"sent=\" NR { print; exit 1 }" out &&
	tail -1 out >last &&
	printf "doc=in\tpar=60001\tsent=120001\toff=2868897\tkind=body\ttext=It has two sentences.\n" >expect &&
	test_cmp expect last
'
# The EXAMPLES of man/ccsplit.1, run as written there.
test_expect_success 'man page example: headline, dateline, body' '
	printf "%s\n\n%s\n" "Ministry blames hackers for outage" \
	    "Oslo, May 7 (Nordic Press) The portal was down. Mr. Berg said so." |
	    ccsplit >out &&
	cat >expect <<-\EOT &&
	doc=-	par=1	sent=1	off=0	kind=title	source=Nordic Press	text=Ministry blames hackers for outage
	doc=-	par=2	sent=2	off=36	kind=dateline	source=Nordic Press	text=Oslo, May 7 (Nordic Press)
	doc=-	par=2	sent=3	off=63	kind=body	source=Nordic Press	text=The portal was down.
	doc=-	par=2	sent=4	off=84	kind=body	source=Nordic Press	text=Mr. Berg said so.
	EOT
	test_cmp expect out
'
test_expect_success 'man page example: paragraphs of a page' '
	cp "$G/page-b.txt" page.txt &&
	ccsplit -p page.txt >out &&
	cut -f2,4,5 out >got &&
	cat >expect <<-\EOT &&
	par=1	kind=title	date=2023-11-02
	par=2	kind=dateline	date=2023-11-02
	par=3	kind=body	date=2023-11-02
	par=4	kind=body	date=2023-11-02
	EOT
	test_cmp expect got
'
test_expect_success 'man page example: records from a scraper (-r)' '
	printf "url=u\ttext=One. Two.\n" | ccsplit -r >out &&
	cat >expect <<-\EOT &&
	doc=-#1	url=u	par=1	sent=1	off=0	kind=body	text=One.
	doc=-#1	url=u	par=1	sent=2	off=5	kind=body	text=Two.
	EOT
	test_cmp expect out
'
test_expect_success 'man page example: documents on one stream' '
	cat "$G/page-a.txt" "$G/page-b.txt" | ccsplit >out &&
	cut -f1 out | uniq -c >got &&
	printf "      9 doc=-\n      6 doc=-#2\n" >expect &&
	test_cmp expect got
'
test_expect_success 'man page example: the same pages as one file' '
	cat "$G/page-a.txt" "$G/page-b.txt" >all.txt &&
	ccsplit all.txt >out &&
	cut -f1 out | uniq -c >got &&
	printf "      9 doc=all.txt\n      6 doc=all.txt#2\n" >expect &&
	test_cmp expect got
'
test_expect_success 'the man page is lint-clean' '
	if test_have mandoc; then
		mandoc -Tlint -W warning "$SRC_DIR/man/ccsplit.1" >lint 2>&1 &&
		test ! -s lint
	fi
'
test_done
