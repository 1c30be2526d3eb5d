#!/usr/bin/env python3
"""Builds the fuzzer's seed corpus (Tests/Fixtures/fuzz/corpus) from the test fixtures and the hand-written
seeds in Tests/Fixtures/fuzz/seeds.

Each corpus file is one byte that picks the ingestor (0 text, 1 Markdown, 2 HTML, 3 RSS, 4 Atom, 5 sniffed;
+8 sets a reference date), then the file's bytes, cut to at most 16 KB at a line end: small inputs run
faster, and the fuzzer's mutations, not the seed's length, find the bugs. Run it again after adding a fixture.
"""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, 'Tests', 'Fixtures')
OUT = os.path.join(FIX, 'fuzz', 'corpus')
LIMIT = 16 * 1024
FORMAT = {'.txt': 0, '.md': 1, '.html': 2, '.rss': 3, '.atom': 4}

def cut(data):
    if len(data) <= LIMIT:
        return data
    end = data.rfind(b'\n', 0, LIMIT)
    return data[:end + 1 if end > 0 else LIMIT]

def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    sources = []
    for folder in ('corpus', 'hostile', os.path.join('fuzz', 'seeds')):
        d = os.path.join(FIX, folder)
        for name in sorted(os.listdir(d)):
            stem, ext = os.path.splitext(name)
            if ext in FORMAT and name != 'SOURCES.md':
                sources.append((os.path.join(d, name), stem, FORMAT[ext]))
    written = 0
    for path, stem, fmt in sources:
        data = cut(open(path, 'rb').read())
        variants = [fmt]
        if stem.startswith('seed') or stem in ('numbers', 'dates', 'cjk'):
            variants += [fmt | 8, 5]  # with a reference date, and through the sniffer
        for v in variants:
            with open(os.path.join(OUT, f'{v:02d}-{stem}'), 'wb') as f:
                f.write(bytes([v]) + data)
            written += 1
    print(f'{written} seeds in {os.path.relpath(OUT, ROOT)}')

if __name__ == '__main__':
    sys.exit(main())
