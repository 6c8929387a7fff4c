"""Counts for README.md (python tools/stats.py)."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = [json.loads(l) for l in open(os.path.join(ROOT, "sentences.jsonl"), encoding="utf-8")]
kinds = collections.Counter(a["kind"] for r in R for a in r["amounts"])
whats = collections.Counter(n["what"] for r in R for n in r["not_amounts"])
split = collections.Counter(r["split"] for r in R)
approx = collections.Counter(a["approx"] for r in R for a in r["amounts"] if a["approx"])
cur = collections.Counter(a["currency"] for r in R for a in r["amounts"] if a["currency"])
ranges = sum(1 for r in R for a in r["amounts"] if a["value_max"])
dist = sum(1 for r in R for a in r["amounts"] if a.get("distributive"))
def cat(r):
    big = any(a["kind"] == "money" or (a["kind"] == "number" and float(a["value"]) >= 1000) for a in r["amounts"])
    if big: return "money or big numbers (>= 1000)"
    if not r["amounts"]: return "only non-amount numerals (or none)"
    return "mixed: percents, ordinals, small counts, ranges"
cats = collections.Counter(cat(r) for r in R)
def src_group(s):
    if "RYD1E" in s: return "Covid-19 Hindi newspaper corpus (RYD1E)"
    if "danlobo" in s: return "BBC Hindi dataset (danlobo1999 copy)"
    if "gnews" in s or "zeenews" in s or "GNews" in s: return "GNews"
    return "web pages"
docs = collections.Counter(r["source"] for r in R)
print("sentences:", len(R), "| distinct source documents:", len(docs))
print("split:", dict(split))
print("amounts:", sum(kinds.values()), dict(kinds))
print("ranges:", ranges, "distributive:", dist, "approx:", dict(approx), "currencies:", dict(cur))
print("not_amounts:", sum(whats.values()), dict(whats.most_common()))
print("sentence mix:", dict(cats))
print("negatives (no span):", sum(1 for r in R if not r["amounts"] and not r["not_amounts"]))
print("devanagari-digit sentences:", sum(1 for r in R if any("०" <= c <= "९" for c in r["text"])))
