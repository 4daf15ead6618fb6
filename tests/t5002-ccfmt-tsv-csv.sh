#!/bin/sh
# ccfmt: TSV and CSV with chosen columns.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccfmt

test_expect_success 'gold records to TSV' '
	ccfmt -o tsv -c doc,sent,kind,country,event,act,text "$G/gold.rec" >out &&
	test_cmp "$G/gold.tsv" out
'

test_expect_success 'gold records to CSV' '
	ccfmt -o csv -c doc,sent,kind,country,event,act,text "$G/gold.rec" >out &&
	test_cmp "$G/gold.csv" out
'

test_expect_success 'edge cases to TSV: escapes kept, missing keys empty' '
	ccfmt -o tsv -c doc,sent,note,person,missing,text "$G/edge.rec" >out &&
	test_cmp "$G/edge.tsv" out
'

test_expect_success 'edge cases to TSV with -d " | "' '
	ccfmt -o tsv -d " | " -c doc,note,person,act "$G/edge.rec" >out &&
	test_cmp "$G/edge-d.tsv" out
'

test_expect_success 'edge cases to CSV: quoting, decoded values' '
	ccfmt -o csv -c doc,sent,note,person,missing,text "$G/edge.rec" >out &&
	test_cmp "$G/edge.csv" out
'

test_expect_success 'TSV by hand: header, join with ;, escapes' '
	printf "doc=a\tc=CN\tc=US\ttext=x\\\\ty\n" >in &&
	ccfmt -o tsv -c doc,c,text in >out &&
	printf "doc\tc\ttext\na\tCN;US\tx\\\\ty\n" >expect &&
	test_cmp expect out
'

test_expect_success 'CSV by hand: CRLF line ends, quotes doubled' '
	printf "doc=a,b\ttext=say \"hi\"\\\\nbye\n" >in &&
	ccfmt -o csv -c doc,text in >out &&
	printf "doc,text\r\n\"a,b\",\"say \"\"hi\"\"\nbye\"\r\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a column may repeat' '
	printf "doc=a\n" >in &&
	ccfmt -o tsv -c doc,doc in >out &&
	printf "doc\tdoc\na\ta\n" >expect &&
	test_cmp expect out
'

if test_have python3; then
	test_expect_success 'Python csv reads back the decoded values' '
		ccfmt -o csv -c doc,sent,note,person,missing,text "$G/edge.rec" >out &&
		cat >check.py <<-\EOT &&
		import csv
		rows = list(csv.reader(open("out", newline="", encoding="utf-8")))
		assert len(rows) == 8 and all(len(r) == 6 for r in rows)
		assert rows[0] == ["doc", "sent", "note", "person", "missing", "text"]
		assert rows[2][2] == "tab\there;line\nbreak;cr\rhere;back\\\\slash", rows[2][2]
		assert rows[1][5] == "Beijing says \"no\", Washington says \\\"yes\\\"", rows[1][5]
		assert rows[3][3] == "Zhào Lìjiān;Ана Петрова", rows[3][3]
		EOT
		python3 check.py
	'
else
	test_skip 'Python csv reads back the decoded values' 'python3 not installed'
fi

if test_have mlr; then
	test_expect_success 'Miller reads the CSV' '
		ccfmt -o csv -c doc,sent,kind,country,event,act,text "$G/gold.rec" >out &&
		mlr --icsv --ojson head -n 1 then cut -f country out >got &&
		printf "[\n{\n  \"country\": \"CN;US;GB\"\n}\n]\n" >expect &&
		test_cmp expect got
	'
else
	test_skip 'Miller reads the CSV' 'mlr not installed'
fi

test_done
