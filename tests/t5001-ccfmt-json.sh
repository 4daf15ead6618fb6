#!/bin/sh
# ccfmt: records to JSON Lines and back, exact round trips.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccfmt

test_expect_success 'gold records to JSON Lines' '
	ccfmt "$G/gold.rec" >out &&
	test_cmp "$G/gold.json" out
'

test_expect_success 'gold records to JSON Lines, -a always arrays' '
	ccfmt -a "$G/gold.rec" >out &&
	test_cmp "$G/gold-a.json" out
'

test_expect_success 'edge cases to JSON Lines' '
	ccfmt "$G/edge.rec" >out &&
	test_cmp "$G/edge.json" out
'

test_expect_success 'edge cases to JSON Lines, -a' '
	ccfmt -a <"$G/edge.rec" >out &&
	test_cmp "$G/edge-a.json" out
'

test_expect_success 'escapes: TAB, newline, CR, backslash, quote, control' '
	printf "t=a\\\\tb\\\\nc\\\\rd\\\\\\\\e\"f\001g\n" >in &&
	ccfmt in >out &&
	printf "{\"t\":\"a\\\\tb\\\\nc\\\\rd\\\\\\\\e\\\\\"f\\\\u0001g\"}\n" >expect &&
	test_cmp expect out
'

test_expect_success 'numbers stay strings' '
	printf "sent=1\toff=0\tscore=0.50\n" >in &&
	ccfmt in >out &&
	printf "{\"sent\":\"1\",\"off\":\"0\",\"score\":\"0.50\"}\n" >expect &&
	test_cmp expect out
'

test_expect_success 'a repeated key apart is gathered at its first field' '
	printf "c=CN\tdoc=a\tc=US\n" >in &&
	ccfmt in >out &&
	printf "{\"c\":[\"CN\",\"US\"],\"doc\":\"a\"}\n" >expect &&
	test_cmp expect out
'

for f in gold edge; do
	test_expect_success "$f: records to JSON to records is exact" '
		ccfmt "$G/'$f'.rec" >json &&
		ccfmt -i json json >back &&
		cmp "$G/'$f'.rec" back
	'
	test_expect_success "$f: the same with -a" '
		ccfmt -a "$G/'$f'.rec" >json &&
		ccfmt -i json json >back &&
		cmp "$G/'$f'.rec" back
	'
	test_expect_success "$f: JSON to records to JSON is exact for our JSON" '
		ccfmt -i json -o json "$G/'$f'.json" >again &&
		cmp "$G/'$f'.json" again
	'
done

if test -r "$SHARED/corpus/seeds.gold.jsonl" && test_have python3; then
test_expect_success 'the emitted gold records of the shared corpus round-trip' '
	python3 "$SHARED/tools/score.py" --gold \
	    "$SHARED/corpus/seeds.gold.jsonl" --emit-records >all.rec &&
	ccfmt all.rec >json &&
	ccfmt -i json json >back &&
	cmp all.rec back
'
else
	test_skip 'the emitted gold records of the shared corpus round-trip' \
	    "no $SHARED or python3"
fi

if test_have jq; then
	test_expect_success 'jq reads the JSON and writes it back the same' '
		ccfmt "$G/gold.rec" >out &&
		jq -c . out >jq.out &&
		test_cmp out jq.out &&
		ccfmt "$G/edge.rec" >out &&
		jq -c . out >jq.out &&
		test_cmp out jq.out
	'
	test_expect_success 'jq sees the decoded values' '
		ccfmt "$G/edge.rec" >out &&
		jq -r "select(.sent == \"2\" and .doc == \"edge-1.txt\") | .note[3]" \
		    out >got &&
		printf "back\\\\\\\\slash\n" >expect &&
		test_cmp expect got
	'
else
	test_skip 'jq reads the JSON' 'jq not installed'
	test_skip 'jq sees the decoded values' 'jq not installed'
fi

test_expect_success 'several operands and stdin in order' '
	printf "a=1\n" >one &&
	printf "a=2\n" >two &&
	printf "a=3\n" | ccfmt one - two >out &&
	printf "{\"a\":\"1\"}\n{\"a\":\"3\"}\n{\"a\":\"2\"}\n" >expect &&
	test_cmp expect out
'

test_done
