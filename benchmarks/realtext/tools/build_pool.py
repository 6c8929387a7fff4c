"""Split the fetched public texts into candidate sentences (pool.jsonl).

Reads only raw text; does not extract numbers. Used to pick sentences that are
then annotated by hand.  Usage: python build_pool.py POOLDIR > pool.jsonl
"""
import csv, json, os, re, sys

RYD_COMMIT = "8fc24be8f05233e37e27c741dc548531aea31cc8"
DIGIT = re.compile(r"[0-9०-९]")
SPLIT = re.compile(r"(?<=[।?!|])\s*|(?<=[^0-9०-९ ]\.)(?=\s|[^\s0-9०-९.])|\n+")


def sentences(text):
    for part in SPLIT.split(text):
        s = part.strip()
        if 25 <= len(s) <= 400:
            yield s


def main(d):
    out = []
    # GNews fixtures
    for fn, repo_path in [("hi_head.json", "cypress/fixtures/hi_head.json"), ("hi_search.json", "cypress/fixtures/hi_search.json")]:
        data = json.load(open(os.path.join(d, fn), encoding="utf-8"))
        for a in data["articles"]:
            for field in ("title", "description", "content"):
                t = re.sub(r"\.\.\. \[\d+ chars\]$", "", a.get(field) or "")
                for s in sentences(t):
                    out.append(("gnews", a["url"], s))
    # BBC Hindi
    csv.field_size_limit(10**8)
    with open(os.path.join(d, "bbc_test.csv"), encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f)):
            if i == 0 or len(row) < 2:
                continue
            src = "https://github.com/danlobo1999/classification-of-hindi-news/blob/2167f23ed84186504871079b23f6eafebbc55dc1/dataset/bbc_hindi_cleaned/hindi-cleaned-test.csv#row%d" % i
            for s in sentences(row[1]):
                out.append(("bbc", src, s))
    # Covid-19 corpus (five Hindi newspapers, Mar-May 2020)
    for line in open(os.path.join(d, "ryd_files.txt"), encoding="utf-8"):
        path = line.strip()
        local = os.path.join(d, "ryd", path.replace("/", "_").replace(" ", "_"))
        src = "https://github.com/RYD1E/Hindi-News-Mining-of-Covid-19-Outbreak/blob/%s/%s" % (RYD_COMMIT, path.replace(" ", "%20"))
        for s in sentences(open(local, encoding="utf-8", errors="replace").read()):
            out.append(("ryd", src, s))
    seen = set()
    n = 0
    for kind, src, s in out:
        if s in seen:
            continue
        seen.add(s)
        n += 1
        print(json.dumps({"pid": "%s-%06d" % (kind, n), "source": src, "text": s}, ensure_ascii=False))


main(sys.argv[1])
