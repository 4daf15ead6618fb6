#!/bin/sh
# ccfmt -i json: JSON Lines as scrapers write them, to records.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccfmt

test_expect_success 'scraped pages to records' '
	ccfmt -i json "$G/pages.jsonl" >out &&
	test_cmp "$G/pages.rec" out
'

test_expect_success 'scraped pages to JSON: what is normalised' '
	ccfmt -i json -o json "$G/pages.jsonl" >out &&
	test_cmp "$G/pages.json" out
'

test_expect_success 'scraped pages to the text view' '
	ccfmt -i json -o text -w 60 "$G/pages.jsonl" >out &&
	test_cmp "$G/pages.txt" out
'

test_expect_success 'scraped pages to CSV' '
	ccfmt -i json -o csv -c url,date,title,authors "$G/pages.jsonl" >out &&
	test_cmp "$G/pages.csv" out
'

test_expect_success 'the records of scraped pages are good records' '
	ccfmt -o json "$G/pages.rec" >out &&
	test_cmp "$G/pages.json" out
'

test_expect_success 'text goes last, the other fields keep their order' '
	printf "{\"text\":\"t\",\"url\":\"u\",\"date\":\"d\",\"title\":\"x\"}\n" >in &&
	ccfmt -i json in >out &&
	printf "url=u\tdate=d\ttitle=x\ttext=t\n" >expect &&
	test_cmp expect out
'

test_expect_success 'scalars: numbers, booleans, null' '
	printf "{\"i\":-42,\"r\":1.50,\"e\":1e3,\"s\":1.5e-7,\"t\":true,\"f\":false,\"n\":null}\n" >in &&
	ccfmt -i json in >out &&
	printf "i=-42\tr=1.5\te=1000\ts=1.5e-7\tt=true\tf=false\tn=\n" >expect &&
	test_cmp expect out
'

test_expect_success 'arrays repeat the key; empty arrays and objects vanish' '
	printf "{\"a\":[1,[2,3]],\"b\":[],\"c\":{},\"d\":[{\"x\":1},{\"x\":2}]}\n" >in &&
	ccfmt -i json in >out &&
	printf "a=1\ta=2\ta=3\td.x=1\td.x=2\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a key=value pair is written once' '
	printf "{\"tags\":[\"cyber\",\"china\",\"cyber\"],\"Tags\":\"china\",\"text\":[\"x\",\"x\"]}\n" >in &&
	ccfmt -i json in >out &&
	printf "tags=cyber\ttags=china\ttext=x\n" >expect &&
	test_cmp expect out
'

test_expect_success 'keys are mapped: case, spaces, leading non-letters' '
	printf "{\"Page Views\":1,\"_id\":2,\"2nd\":3,\"pa\303\255s\":4,\"\":5,\"@type\":6,\"A\":{\"B c\":7}}\n" >in &&
	ccfmt -i json in >out &&
	printf "page_views=1\tx_id=2\tx2nd=3\tpa_s=4\tx=5\tx_type=6\ta.b_c=7\n" >expect &&
	test_cmp expect out
'

test_expect_success 'string escapes become record escapes' '
	printf "{\"s\":\"a\\\\tb\\\\nc\\\\rd\\\\\\\\e\\\\/f\\\\u00e9\\\\ud83d\\\\ude00\\\\u0007\"}\n" >in &&
	ccfmt -i json in >out &&
	printf "s=a\\\\tb\\\\nc\\\\rd\\\\\\\\e/f\303\251\360\237\230\200\007\n" >expect &&
	test_cmp expect out
'

test_expect_success 'white space around the object and CRLF line ends' '
	printf "  {\"a\" : \"b\"}  \r\n" >in &&
	ccfmt -i json in >out &&
	printf "a=b\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a UTF-8 BOM at the start of a file is ignored' '
	printf "\357\273\277{\"a\":1}\n" >in &&
	ccfmt -i json in in >out &&
	printf "a=1\na=1\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a BOM further on is bad input' '
	printf "{\"a\":1}\n\357\273\277{\"a\":1}\n" >in &&
	test_expect_code 2 ccfmt -i json in >out 2>err &&
	printf "%s\n" "ccfmt: in:2: invalid JSON at column 1: invalid token near '"'"'\\357\\273\\277'"'"'" >expect &&
	test_cmp expect err
'

test_expect_success 'last line without a newline' '
	printf "{\"a\":1}\n{\"a\":2}" >in &&
	ccfmt -i json in >out &&
	printf "a=1\na=2\n" >expect &&
	test_cmp expect out
'

# The pipeline of the issue, when this build has a ccsplit with -r (and
# cctag): every sentence record keeps its page's fields, text last.
if printf "doc=x\ttext=One. Two.\n" | ccsplit -r >/dev/null 2>&1; then
	test_expect_success 'ccfmt -i json | ccsplit -r keeps the page fields' '
		ccfmt -i json "$G/pages.jsonl" >recs &&
		ccsplit -r recs >sents &&
		test "$(grep -c "	url=https://www.example.co.nz/[^	]*	date=2021-07-19T21:05:00Z	title=New Zealand condemns" sents)" -ge 2 &&
		test "$(grep -c "	authors=Li Wei	authors=Ana Pérez	" sents)" -ge 1 &&
		test "$(grep -o "	url=[^	]*" sents | sort -u | wc -l)" = 4 &&
		! grep -v "	text=[^	]*\$" sents
	'
else
	test_skip 'ccfmt -i json | ccsplit -r' 'no ccsplit -r in this build'
fi
if printf "doc=x\ttext=One. Two.\n" | ccsplit -r >/dev/null 2>&1 &&
    test_have cctag; then
	test_expect_success 'ccfmt -i json | ccsplit -r | cctag tags the pages' '
		ccfmt -i json "$G/pages.jsonl" >recs &&
		ccsplit -r recs >sents &&
		cctag sents >tagged &&
		grep "	url=https://www.example.co.nz/" tagged >nz &&
		test_grep "	country=NZ	" nz &&
		! grep -v "	text=[^	]*\$" tagged
	'
else
	test_skip 'ccfmt -i json | ccsplit -r | cctag' 'no ccsplit -r or cctag in this build'
fi

test_done
