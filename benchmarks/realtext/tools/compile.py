"""Compile the hand-written annotation batches (annotations/*.txt) into sentences.jsonl.

This script only turns the annotator's span texts into code-point offsets and
checks them; it never decides what is a number.  It does not import hindinum.

Batch format, one item per line:
  @ <url>                      source of the following T lines
  L <license>                  licence of that source (default: news quote)
  T <sentence, exactly as in the source>
  P <pool id>                  sentence taken verbatim from pool.jsonl (text+source from there)
  A <span> | <kind> | <value>[..<value_max>] | <currency> | <approx> | <note>
  N <span> | <what> | <value>[..<value_max>] | <unit or iso> | <note>
  Z                            nothing to extract in this sentence (checked negative)
  # comment
<span> may end in @k to pick the k-th occurrence of that text in the sentence.
Empty trailing fields may be left out.  A note starting with "distributive"
sets "distributive": true.
"""
import glob, hashlib, json, os, re, sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"money", "number", "percent", "ordinal"}
WHATS = {"year", "date", "time", "duration", "quantity", "phone", "id", "model", "section",
         "list_marker", "article", "verb", "idiom", "code", "other"}
APPROX = {"about", "more_than", "less_than", "up_to", "at_least"}
ISO_TIME = re.compile(r"^T\d\d:\d\d(:\d\d)?$")


def split_of(sid):
    h = int(hashlib.sha256(("hindinum-realtext:" + sid).encode()).hexdigest(), 16)
    return "dev" if h % 10 < 4 else "test"


NUKTA = [(chr(0x0958 + i), base + "\u093c") for i, base in enumerate("कखगजडढफय")]
WORDCH = re.compile(r"[0-9A-Za-z\u0900-\u097F\u0966-\u096F]")


def locate(text, span, used):
    """k-th occurrence of span; occurrences standing alone as words are preferred
    (so "4" is not found inside "09405"), otherwise any occurrence."""
    m = re.match(r"^(.*)@(\d+)$", span)
    k = 1
    if m and m.group(1) and m.group(1) in text:
        span, k = m.group(1), int(m.group(2))
    if span not in text:  # the source may spell nukta letters precomposed (U+0958-095F) or decomposed
        for a, b in NUKTA:
            if span.replace(a, b) in text:
                span = span.replace(a, b)
                break
            if span.replace(b, a) in text:
                span = span.replace(b, a)
                break
    occ, pos = [], text.find(span)
    while pos >= 0:
        occ.append(pos)
        pos = text.find(span, pos + 1)
    def bounded(p):
        before = text[p - 1] if p > 0 else " "
        after = text[p + len(span)] if p + len(span) < len(text) else " "
        return not (WORDCH.match(before) and WORDCH.match(span[0])) and \
            not (WORDCH.match(after) and WORDCH.match(span[-1]))
    good = [p for p in occ if bounded(p)] or occ
    if len(good) < k:
        raise ValueError("span %r (occurrence %d) not in text" % (span, k))
    p = good[k - 1]
    return span, p, p + len(span)


def dec(v):
    Decimal(v)  # validates
    if not re.fullmatch(r"-?\d+(\.\d+)?", v):
        raise ValueError("value not a plain decimal: %r" % v)
    if "." in v:  # canonical form: no trailing zeros after the point
        v = v.rstrip("0").rstrip(".")
    return v


def parse_value(v):
    if not v:
        return None, None
    if ".." in v:
        a, b = v.split("..")
        return dec(a), dec(b)
    return dec(v), None


def main():
    pool = {}
    pool_path = os.environ.get("POOL", os.path.join(ROOT, "annotations", "pool_selected.jsonl"))
    if os.path.exists(pool_path):
        for line in open(pool_path, encoding="utf-8"):
            d = json.loads(line)
            pool[d["pid"]] = d
    items, cur, src, lic = [], None, None, "news quote"
    errors = []
    for path in sorted(glob.glob(os.path.join(ROOT, "annotations", "*.txt"))):
        for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            tag, rest = line[:1], line[2:]
            where = "%s:%d" % (os.path.basename(path), ln)
            try:
                if tag == "@":
                    src, lic = rest.strip(), "news quote"
                elif tag == "L":
                    lic = rest.strip()
                elif tag in "TP":
                    if tag == "T":
                        text, s = rest, src
                        l = lic
                    else:
                        d = pool[rest.strip()]
                        text, s = d["text"], d["source"]
                        l = "news quote" if "RYD1E" in s or "bbc" in s.lower() or "danlobo" in s else "news quote"
                    cur = {"text": text, "source": s, "license": l, "amounts": [], "not_amounts": [], "_where": where,
                           "_pid": rest.strip() if tag == "P" else None}
                    items.append(cur)
                elif tag == "Z":  # the annotator checked: nothing to extract here (negative example)
                    cur["_none"] = True
                elif tag == "A":
                    f = [x.strip() for x in rest.split("|")] + [""] * 6
                    span, s0, e0 = locate(cur["text"], f[0], None)
                    if f[1] not in KINDS:
                        raise ValueError("kind %r" % f[1])
                    v, vmax = parse_value(f[2])
                    if v is None:
                        raise ValueError("amount without value")
                    if f[4] and f[4] not in APPROX:
                        raise ValueError("approx %r" % f[4])
                    a = {"text": span, "start": s0, "end": e0, "kind": f[1], "value": v, "value_max": vmax,
                         "currency": f[3] or None, "approx": f[4] or None}
                    if f[1] == "money" and not f[3]:
                        raise ValueError("money without currency")
                    if f[5].startswith("distributive"):
                        a["distributive"] = True
                    if f[5]:
                        a["note"] = f[5]
                    cur["amounts"].append(a)
                elif tag == "N":
                    f = [x.strip() for x in rest.split("|")] + [""] * 5
                    span, s0, e0 = locate(cur["text"], f[0], None)
                    if f[1] not in WHATS:
                        raise ValueError("what %r" % f[1])
                    n = {"text": span, "start": s0, "end": e0, "what": f[1]}
                    if f[2]:
                        v, vmax = parse_value(f[2])
                        n["value"] = v
                        if vmax is not None:
                            n["value_max"] = vmax
                    if f[3]:
                        if f[1] in ("time", "date", "year"):
                            n["iso"] = f[3]
                        else:
                            n["unit"] = f[3]
                    if f[4]:
                        n["note"] = f[4]
                    cur["not_amounts"].append(n)
                else:
                    raise ValueError("unknown line tag %r" % tag)
            except Exception as e:  # report every problem, keep going
                errors.append("%s: %s: %s" % (where, e, line[:80]))
    seen = {}
    out = []
    for i, it in enumerate(items, 1):
        if it["text"] in seen:
            errors.append("%s: duplicate sentence (first at %s)" % (it["_where"], seen[it["text"]]))
        seen[it["text"]] = it["_where"]
        spans = sorted([(a["start"], a["end"], a["text"]) for a in it["amounts"] + it["not_amounts"]])
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append("%s: overlapping spans %r %r" % (it["_where"], t1, t2))
        for a in it["amounts"] + it["not_amounts"]:
            assert it["text"][a["start"]:a["end"]] == a["text"]
        if not it["amounts"] and not it["not_amounts"] and not it.get("_none"):
            errors.append("%s: sentence with no spans" % it["_where"])
        sid = "rt-%04d" % i
        rec = {"id": sid, "split": split_of(sid), "source": it["source"], "license": it["license"],
               "text": it["text"],
               "amounts": sorted(it["amounts"], key=lambda a: a["start"]),
               "not_amounts": sorted(it["not_amounts"], key=lambda a: a["start"])}
        out.append(rec)
    if errors:
        print("\n".join(errors), file=sys.stderr)
    with open(os.path.join(ROOT, "sentences.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%d sentences, %d errors" % (len(out), len(errors)), file=sys.stderr)
    return 1 if errors else 0


sys.exit(main())
