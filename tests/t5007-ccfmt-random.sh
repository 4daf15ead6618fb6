#!/bin/sh
# ccfmt: seeded random records (every escape, control bytes, quotes,
# separators, non-ASCII, empty values) through JSON and CSV, checked
# against Python's own json and csv readers.
. "$(dirname "$0")/lib.sh"

if ! test_have python3; then
	test_skip 'random records' 'python3 not installed'
	test_done
	exit
fi

cat >gen.py <<'EOT'
import json, random, sys
random.seed(int(sys.argv[1]))
pool = list("abcxyz ABC019") + ['"', ',', ';', '\\', '\t', '\n', '\r',
    '\x01', '\x1b', '\x7f', '/', 'é', 'ß', '中', '文', '👍', 'e\u0301',
    '\u2028', '\ufeff', '=', ':', '>']
keys = ["doc", "sent", "country", "a.b", "x-y_z", "k9", "text"]
def value():
    return "".join(random.choice(pool) for _ in range(random.randrange(0, 12)))
def esc(v):
    return (v.replace("\\", "\\\\").replace("\t", "\\t")
        .replace("\n", "\\n").replace("\r", "\\r"))
recs, objs = open("in.rec", "w"), open("want.json", "w")
for _ in range(3000):
    fields, obj = [], {}
    for k in random.sample(keys[:-1], random.randrange(1, 6)) + ["text"]:
        vals = []
        for _ in range(random.choice([1, 1, 1, 2, 3])):
            v = value()
            if v not in vals:
                vals.append(v)
        fields += [k + "=" + esc(v) for v in vals]
        obj[k] = vals
    recs.write("\t".join(fields) + "\n")
    objs.write(json.dumps(obj, ensure_ascii=False) + "\n")
EOT

cat >check.py <<'EOT'
import csv, json, sys
want = [json.loads(l) for l in open("want.json", encoding="utf-8")]
got = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(got) == len(want)
for w, g in zip(want, got):
    assert list(w) == list(g), (w, g)
    for k in w:
        gv = g[k] if isinstance(g[k], list) else [g[k]]
        assert gv == w[k], (k, w[k], g[k])
        if sys.argv[2] == "-a" or len(w[k]) > 1:
            assert isinstance(g[k], list)
        else:
            assert isinstance(g[k], str)
if len(sys.argv) > 3:
    rows = list(csv.reader(open(sys.argv[3], newline="", encoding="utf-8")))
    assert rows[0] == ["doc", "a.b", "text"]
    for w, r in zip(want, rows[1:]):
        assert r == [";".join(w.get(k, [])) for k in rows[0]], (w, r)
    assert len(rows) == len(want) + 1
EOT

for seed in 1 2 3; do
	test_expect_success "seed $seed: the generator runs" '
		python3 gen.py '$seed'
	'
	test_expect_success "seed $seed: JSON and CSV decode to the values" '
		ccfmt in.rec >out.json &&
		ccfmt -o csv -c doc,a.b,text in.rec >out.csv &&
		python3 check.py out.json "" out.csv
	'
	test_expect_success "seed $seed: -a gives arrays of the values" '
		ccfmt -a in.rec >out.json &&
		python3 check.py out.json -a
	'
	test_expect_success "seed $seed: records to JSON to records is exact" '
		ccfmt in.rec >out.json &&
		ccfmt -i json out.json >back &&
		cmp in.rec back &&
		ccfmt -a in.rec >out.json &&
		ccfmt -i json out.json >back &&
		cmp in.rec back
	'
	test_expect_success "seed $seed: Python JSON reads to the same records" '
		ccfmt -i json want.json >back &&
		cmp in.rec back
	'
done

test_done
