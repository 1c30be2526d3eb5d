#!/usr/bin/env python3
"""Copies the openly licensed corpus articles (not the seed) into the built-in sample library,
with a manifest holding each file's title and attribution line from SOURCES.md.

usage: .tools/make-samples.py [CORPUS_DIR]   (default ../shared/corpus)
"""
import json, os, re, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "corpus")
dest = os.path.join(here, "..", "Sources", "LedeCore", "Resources", "Samples")
os.makedirs(dest, exist_ok=True)
sources = open(os.path.join(corpus, "SOURCES.md"), encoding="utf-8").read()
manifest = []
for block in re.split(r"\n#### ", sources)[1:]:
    name = block.split("`")[1]
    if name.startswith("seed") or not os.path.exists(os.path.join(corpus, name)):
        continue
    attrs = re.findall(r"\* Attribution: (.+)", block)
    lic = re.findall(r"\* License: (.+)", block)
    shutil.copyfile(os.path.join(corpus, name), os.path.join(dest, name))
    manifest.append({"file": name, "attribution": " ".join(attrs), "license": lic[0] if lic else None})
manifest.sort(key=lambda m: m["file"])
json.dump(manifest, open(os.path.join(dest, "manifest.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
shutil.copyfile(os.path.join(corpus, "SOURCES.md"), os.path.join(dest, "SOURCES.md"))
print(f"{len(manifest)} sample files")
