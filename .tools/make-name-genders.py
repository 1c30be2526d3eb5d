#!/usr/bin/env python3
"""Writes Sources/LedeCore/Resources/Gazetteers/given-name-genders.tsv: given names that are used mostly for one
sex, so that "she said" can go to a woman and "he said" to a man when nothing else tells.

A name is written with F or M when, in the US Census Bureau 1990 name frequency files (public domain, via PyPI
`names`), its frequency among one sex is at least eight times its frequency among the other; names used for both
("Jordan", "Robin") are left out.

usage:  pip install names && .tools/make-name-genders.py
"""
import os
import names as census_names

ndir = os.path.dirname(census_names.__file__)


def census(file):
    out = {}
    for line in open(os.path.join(ndir, file), encoding="utf-8"):
        f = line.split()
        if f:
            out[f[0].capitalize()] = float(f[1])
    return out


female, male = census("dist.female.first"), census("dist.male.first")
rows = []
for name in sorted(set(female) | set(male)):
    f, m = female.get(name, 0.0), male.get(name, 0.0)
    if f >= 8 * m:
        rows.append((name, "F"))
    elif m >= 8 * f:
        rows.append((name, "M"))
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "Sources", "LedeCore", "Resources", "Gazetteers", "given-name-genders.tsv")
with open(out, "w", encoding="utf-8") as fh:
    for name, sex in rows:
        fh.write(f"{name}\t{sex}\n")
print(len(rows), "names:", sum(1 for _, s in rows if s == "F"), "F,", sum(1 for _, s in rows if s == "M"), "M")
print("now run .tools/compile-resources (the analysis reads the compiled tables)")
