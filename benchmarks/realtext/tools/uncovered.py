"""Review aid: list digits and common Hindi number words in each sentence that no
annotated span covers, so the annotator can look again.  Plain regex; it does not
read values and does not import hindinum."""
import json, re, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = ("एक दो तीन चार पांच पाँच छह छः सात आठ नौ दस ग्यारह बारह बीस तीस चालीस पचास सौ हजार हज़ार लाख करोड़ करोड़ अरब "
         "डेढ़ ढाई साढ़े सवा पौने आधा दर्जन पहला पहली पहले दूसरा दूसरी दूसरे तीसरा तीसरी तीसरे चौथा चौथी चौथे दोनों चारों तीनों").split()
pat = re.compile(r"[0-9०-९]+|(?<![\u0900-\u097F])(%s)(?![\u0900-\u097F])" % "|".join(map(re.escape, WORDS)))
for line in open(os.path.join(ROOT, "sentences.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    cov = [(a["start"], a["end"]) for a in d["amounts"] + d["not_amounts"]]
    miss = [m.group(0) for m in pat.finditer(d["text"]) if not any(s <= m.start() < e for s, e in cov)]
    if miss:
        print(d["id"], miss, "|", d["text"][:150])
