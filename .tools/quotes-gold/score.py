#!/usr/bin/env python3
"""Scores Lede's quotes, speakers and sources against the quote gold.

usage: .tools/quotes-gold/score.py dev|heldout [--lede .build/release/lede] [--pages DIR] [--corpus DIR] [--errors]
       .tools/quotes-gold/score.py --gold Tests/Fixtures/gold/quotes-dev.jsonl [--lede ...] [--errors]

The first form reads each page as Lede does (HTML through reader mode) and anchors the annotations in that text by
their words; the second analyses the texts stored in a built gold file as plain text (what the Swift floor test
does). Measures:
  quote recall      gold quotes overlapped by a Lede quote
  speaker accuracy  of the quotes found, those whose every overlapping Lede quote names the right speaker
  quote precision   Lede quotes that overlap a gold quote and stay inside it (no run-on into other text), over all
                    Lede quotes outside headings, captions and boilerplate, except those over optional quotes
  source precision  Lede attributions that overlap a gold attribution with the same source, over all Lede
                    attributions except those over optional attributions only
  source recall     gold attributions with such a Lede attribution
A speaker or source matches a name when it is that name (case, accents, "the", courtesy titles aside) or holds its
words in order with at most two more ("President Barack Obama", "Aretha Louise Franklin"); it matches a description "~phrase" when its head noun (the
last word before "of", "for", "from", "at", "in", "with", or the last word) is the description's.
"""
import json, os, re, subprocess, sys, tempfile, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from anchor import documents

COURTESY = {"mr", "mrs", "ms", "dr", "the", "mx"}
PREPOSITIONS = {"of", "for", "from", "at", "in", "with", "on", "to"}


def words(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'").lower()
    s = re.sub(r"'s\b", "", s)
    return [w for w in re.findall(r"[\w.-]+", s) if w.strip(".") and w.strip(".") not in COURTESY]


QUANTIFIERS = {"number", "lot", "lots", "couple", "handful", "majority", "minority", "group", "few", "many",
               "some", "most", "all", "one", "dozens", "hundreds", "thousands", "several", "both", "none"}


def head(ws):
    # "a number of analysts", "many of them": the head is what is counted.
    if ws and ws[0] in ("a", "an"):
        ws = ws[1:]
    if len(ws) > 2 and ws[0] in QUANTIFIERS and ws[1] == "of":
        ws = ws[2:]
    for k, w in enumerate(ws):
        if w in PREPOSITIONS and k > 0:
            return ws[k - 1]
    return ws[-1] if ws else ""


def singular(w):
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def same_source(found, gold):
    fw = [w.strip(".") for w in words(found)]
    if not fw:
        return False
    for g in gold.split("|"):
        if g.startswith("~"):
            if singular(head(fw)) == singular(head([w.strip(".") for w in words(g[1:])])):
                return True
            continue
        gw = [w.strip(".") for w in words(g)]
        if fw == gw:
            return True
        if 0 < len(fw) - len(gw) <= 2 and is_subsequence(gw, fw):
            return True
    return False


def is_subsequence(short, long):
    it = iter(long)
    return all(w in it for w in short)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def inside(r, blocks):
    return any(s <= r[0] < e for s, e in blocks)


def quote_range(text, f):
    q = (f.get("quote") or "").split("\n")
    if q[0]:
        p = text.find(q[0], f["start"], f["end"])
        if p >= 0 and len(q) > 1:
            e = text.find(q[-1], p, f["end"])
            if e >= 0:
                return (p, e + len(q[-1]))
        q = q[0]
        if p >= 0:
            return (p, p + len(q))
    return (f["start"], f["end"])


class Tally:
    def __init__(self):
        self.n = dict(gold_quotes=0, found=0, speaker_ok=0, lede_quotes=0, quote_ok=0, span_errors=0,
                      gold_sources=0, sources_found=0, lede_sources=0, source_ok=0)
        self.errors = []

    def add(self, doc, facts):
        text, n, err = doc["text"], self.n, self.errors
        label = doc["id"]
        ignore = doc["ignore"]
        quotes = [(quote_range(text, f), f) for f in facts if f["kind"] == "quote"]
        quotes = [(r, f) for r, f in quotes if not inside(r, ignore)]
        gold = doc["quotes"]
        spans = [(g["parts"][0][0], g["parts"][-1][1]) for g in gold]
        for g, span in zip(gold, spans):
            n["gold_quotes"] += 1
            hits = [f for r, f in quotes if any(overlaps(r, p) for p in g["parts"])]
            if not hits:
                err.append(f"{label}: missed quote “{g['text'][:70]}” ({g['speaker']})")
                continue
            n["found"] += 1
            if all(same_source(f.get("speaker"), g["speaker"]) for f in hits):
                n["speaker_ok"] += 1
            else:
                err.append(f"{label}: speaker {', '.join(repr(f.get('speaker')) for f in hits)} for “{g['text'][:60]}” "
                           f"(gold {g['speaker']})")
        for r, f in quotes:
            inner = [span for g, span in zip(gold, spans) if any(overlaps(r, p) for p in g["parts"])]
            if not inner and any(overlaps(r, (o["start"], o["end"])) for o in doc["optional_quotes"]):
                continue
            n["lede_quotes"] += 1
            if not inner:
                err.append(f"{label}: not a quote: “{f.get('quote', '')[:70]}” ({f.get('speaker')})")
            elif (r[0] < min(s for s, _ in inner) - 2 or r[1] > max(e for _, e in inner) + 2
                  or "\n" in text[f["start"]:min(s for s, _ in inner)] or "\n" in text[max(e for _, e in inner):f["end"]]):
                # The quote, or the speaker it was given, reaches into another paragraph.
                n["span_errors"] += 1
                err.append(f"{label}: quote runs on: “{f.get('quote', '')[:90]}”")
            else:
                n["quote_ok"] += 1
        attributions = [f for f in facts if f["kind"] == "attribution" and not inside((f["start"], f["end"]), ignore)]
        found = set()
        for f in attributions:
            r = (f["start"], f["end"])
            golds = [k for k, a in enumerate(doc["attributions"]) if overlaps(r, (a["start"], a["end"]))]
            right = [k for k in golds if same_source(f.get("source"), doc["attributions"][k]["source"])]
            if not golds and any(overlaps(r, (a["start"], a["end"])) for a in doc["optional_attributions"]):
                continue
            n["lede_sources"] += 1
            if right:
                n["source_ok"] += 1
                found.add(right[0] if right[0] not in found else next((k for k in right if k not in found), right[0]))
            elif golds:
                err.append(f"{label}: source {f.get('source')!r} for “{f['text'][:60]}” "
                           f"(gold {doc['attributions'][golds[0]]['source']})")
            else:
                err.append(f"{label}: not an attribution: {f.get('source')!r} in “{f['text'][:60]}”")
        for k, a in enumerate(doc["attributions"]):
            n["gold_sources"] += 1
            if k in found:
                n["sources_found"] += 1
            else:
                err.append(f"{label}: missed source {a['source']} in “{a['text']}”")

    def report(self):
        n = self.n

        def pct(a, b):
            return f"{100.0 * a / b:5.1f} % ({a}/{b})" if b else "  n/a"
        return "\n".join([
            f"quote recall      {pct(n['found'], n['gold_quotes'])}",
            f"speaker accuracy  {pct(n['speaker_ok'], n['found'])}",
            f"right speaker     {pct(n['speaker_ok'], n['gold_quotes'])}  (of all gold quotes)",
            f"quote precision   {pct(n['quote_ok'], n['lede_quotes'])}  ({n['span_errors']} run on)",
            f"source precision  {pct(n['source_ok'], n['lede_sources'])}",
            f"source recall     {pct(n['sources_found'], n['gold_sources'])}",
        ])


def option(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main():
    lede = option("--lede", ".build/release/lede")
    tally = Tally()
    if "--gold" in sys.argv:
        for line in open(option("--gold", ""), encoding="utf-8"):
            doc = json.loads(line)
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
                fh.write(doc["text"])
            try:
                res = subprocess.run([lede, "analyze", "--format", "json", fh.name], capture_output=True, text=True)
            finally:
                os.unlink(fh.name)
            a = json.loads(res.stdout)
            if a["text"] != doc["text"]:
                sys.exit(f"{doc['id']}: Lede reads a different text")
            tally.add(doc, a["facts"])
    else:
        ann = sys.argv[1]
        pages = option("--pages", "/work/shared/extraction/readability-pages")
        corpus = option("--corpus", "Tests/Fixtures/corpus")
        from anchor import load, analyze, source_path, locate
        for page in load(ann):
            a = analyze(lede, source_path(page, pages, corpus))
            tally.add(locate(page, a), a["facts"])
    print(tally.report())
    if "--errors" in sys.argv:
        print()
        print("\n".join(tally.errors))


if __name__ == "__main__":
    main()
