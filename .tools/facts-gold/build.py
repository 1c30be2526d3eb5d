#!/usr/bin/env python3
"""Builds the seed-format facts gold (Tests/Fixtures/gold/facts-corpus-*.jsonl) from the hand annotations in
dev.py, heldout.py and heldout2.py. Each fact names its evidence by a snippet of the article's text (and which occurrence,
counting from 0), so offsets are computed, never typed. The text is what Lede reads from the corpus file
(for a feed, the article numbered "item", counting from 0).

usage: .tools/facts-gold/build.py ANNOTATIONS.py OUT.jsonl [--lede .build/release/lede] [--corpus Tests/Fixtures/corpus]
"""
import json, subprocess, sys, importlib.util, collections

def option(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default

def load(path):
    spec = importlib.util.spec_from_file_location("annotations", path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

def span(text, snip, n=0):
    i = -1
    for _ in range(n + 1):
        i = text.find(snip, i + 1)
        if i < 0: sys.exit(f"not found: {snip!r} (occurrence {n})")
    return {"start": i, "end": i + len(snip), "text": snip}

def main():
    ann, out_path = sys.argv[1], sys.argv[2]
    lede, corpus = option("--lede", ".build/release/lede"), option("--corpus", "Tests/Fixtures/corpus")
    out = []
    for doc in load(ann).DOCS:
        res = subprocess.run([lede, "analyze", "--format", "jsonl", f"{corpus}/{doc['file']}"], capture_output=True, text=True)
        if res.returncode != 0: sys.exit(res.stderr)
        item = doc.get("item", 0)
        text = json.loads(res.stdout.splitlines()[item])["text"]
        facts = []
        for f in doc["facts"]:
            if f[0] == "Q":
                _, value, approx, what, action, snip, *n = f
                facts.append({"kind": "quantity", "value": value, "approx": approx, "what": what, "action": action,
                              "evidence": span(text, snip, *n)})
            elif f[0] == "R":
                _, person, keywords, snip, *n = f
                facts.append({"kind": "role", "person": person, "role_keywords": keywords, "evidence": span(text, snip, *n)})
            elif f[0] == "A":
                _, source, snip, *n = f
                facts.append({"kind": "attribution", "source": source, "evidence": span(text, snip, *n)})
        facts.sort(key=lambda f: f["evidence"]["start"])
        stem = doc["file"].rsplit(".", 1)[0] + (f"-item{item}" if "item" in doc else "")
        out.append({"id": stem, "source": doc["file"], "text": text, "dct": doc["dct"],
                    "entities": [], "timexes": [], "facts": facts})
    with open(out_path, "w", encoding="utf-8") as fh:
        for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    kinds = collections.Counter(f["kind"] for d in out for f in d["facts"])
    print(len(out), "documents", dict(kinds))

if __name__ == "__main__":
    main()
