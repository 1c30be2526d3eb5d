#!/usr/bin/env python3
"""Builds the quote gold files of Tests/Fixtures/gold from the hand annotations: each page's text as Lede reads it
(from its HTML or corpus file), the annotations anchored in it by their words, and the heading, caption and
boilerplate blocks no quote is scored in.

usage: .tools/quotes-gold/build.py dev|heldout OUT.jsonl [--lede .build/release/lede]
       [--pages /work/shared/extraction/readability-pages] [--corpus Tests/Fixtures/corpus]
"""
import collections, json, sys
from anchor import documents


def option(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main():
    ann, out_path = sys.argv[1], sys.argv[2]
    docs = list(documents(ann, option("--lede", ".build/release/lede"),
                          option("--pages", "/work/shared/extraction/readability-pages"),
                          option("--corpus", "Tests/Fixtures/corpus")))
    with open(out_path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = collections.Counter()
    for d in docs:
        for k in ("quotes", "not_quotes", "optional_quotes", "attributions", "optional_attributions"):
            n[k] += len(d[k])
    print(len(docs), "documents", dict(n))


if __name__ == "__main__":
    main()
