#!/usr/bin/env python3
# mkdev.py NAME: turns NAME/NAME.src (see its head) into NAME/NAME.gold.jsonl,
# gold labels in the format of corpus/ANNOTATION.md, and NAME/NAME.in, the
# sentences as records (doc, sent, text) for cctag. NAME is dev or dev2. Run
# it in this directory after editing a .src file; both outputs are committed
# so that tests need no Python.
import json
import sys


def lst(s):
    return [v.strip() for v in s.split(",") if v.strip()]


def main(name):
    gold, recs, doc, n = [], [], None, 0
    with open("%s/%s.src" % (name, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("= "):
                doc, n = line[2:].strip() + ".txt", 0
                gold.append({"doc": doc, "meta": True, "date": None,
                             "source": None})
                continue
            f9 = [x.strip() for x in line.split("|")]
            f9 += [""] * (9 - len(f9))
            text, c, o, a, p, acts, spk, q, t = f9
            n += 1
            ev, fr, to = [], [], []
            for act in lst(acts):
                e, sides = act.split(":", 1)
                x, y = sides.split(">", 1)
                for lst_, v in ((ev, e), (fr, x), (to, y)):
                    if v and v not in lst_:
                        lst_.append(v)
            gold.append({"doc": doc, "sent": n, "kind": "body",
                         "text": text, "country": lst(c), "org": lst(o),
                         "actor": lst(a), "person": lst(p), "event": ev,
                         "from": fr, "to": to,
                         "topic": ["cyber"] if t == "c" else [],
                         "quote": q == "1", "speaker": lst(spk),
                         "act": lst(acts)})
            recs.append("doc=%s\tsent=%d\tkind=body\ttext=%s" % (doc, n,
                                                                 text))
    with open("%s/%s.gold.jsonl" % (name, name), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open("%s/%s.in" % (name, name), "w", encoding="utf-8") as f:
        f.write("\n".join(recs) + "\n")


main(sys.argv[1])
