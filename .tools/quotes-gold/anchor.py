"""Anchors the hand annotations of dev.py / heldout.py in the text Lede reads, by their words (never by typed
offsets), so that they survive changes in how a page's text is extracted."""
import importlib.util, json, os, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OPENING = set('“"‘\'«„')
SKIPPED = {"\u00ad", "\u200b"}  # soft hyphens and zero-width spaces are invisible: matched as absent


def load(name_or_path):
    path = name_or_path if name_or_path.endswith(".py") else os.path.join(HERE, name_or_path + ".py")
    spec = importlib.util.spec_from_file_location("annotations", path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.PAGES


def analyze(lede, path, fmt_hint=None):
    args = [lede, "analyze", "--format", "json", path]
    res = subprocess.run(args, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"{path}: {res.stderr.strip()}")
    return json.loads(res.stdout)


def source_path(page, pages_dir, corpus_dir):
    if "page" in page:
        return os.path.join(pages_dir, page["page"], "source.html")
    return os.path.join(corpus_dir, page["file"])


def page_id(page):
    return page.get("page") or page["file"].rsplit(".", 1)[0]


class Text:
    """The text with whitespace runs collapsed and invisible characters dropped, mapped back to offsets."""

    def __init__(self, text):
        self.text = text
        chars, index = [], []
        space = False
        for i, c in enumerate(text):
            if c in SKIPPED:
                continue
            if c.isspace():
                if not space:
                    chars.append(" ")
                    index.append(i)
                space = True
                continue
            space = False
            chars.append(c)
            index.append(i)
        self.norm = "".join(chars)
        self.index = index + [len(text)]

    @staticmethod
    def normalise(s):
        return " ".join("".join(c for c in s if c not in SKIPPED).split())

    def find_all(self, snippet, after_mark=False):
        s = self.normalise(snippet)
        out, i = [], self.norm.find(s)
        while i >= 0:
            start, end = self.index[i], self.index[i + len(s) - 1] + 1
            if not after_mark or (start > 0 and self.text[start - 1] in OPENING):
                out.append((start, end))
            i = self.norm.find(s, i + 1)
        return out


def locate(page, analysis):
    """The annotations of one page as offsets into the analysed text; exits on a snippet it cannot find."""
    text = Text(analysis["text"])
    pid = page_id(page)

    def one(snippet, n, after_mark):
        found = text.find_all(snippet, after_mark)
        if not found and after_mark:
            found = text.find_all(snippet)
        if len(found) <= n:
            sys.exit(f"{pid}: not found: {snippet!r} (occurrence {n})")
        return found[n]

    doc = {"id": pid, "source": page.get("page", page.get("file")), "text": analysis["text"],
           "ignore": [[b["start"], b["end"]] for b in analysis["blocks"] if b["kind"] in ("heading", "caption", "boilerplate")],
           "quotes": [], "not_quotes": [], "optional_quotes": [], "attributions": [], "optional_attributions": []}
    for f in page["facts"]:
        k = f["kind"]
        if k == "quote":
            first = one(f["parts"][0], f["n"], True)
            parts = [list(first)]
            for p in f["parts"][1:]:
                nxt = [r for r in text.find_all(p, True) + text.find_all(p) if r[0] >= parts[-1][1]]
                if not nxt:
                    sys.exit(f"{pid}: not found after the first part: {p!r}")
                parts.append(list(min(nxt)))
            doc["quotes"].append({"parts": parts, "speaker": f["speaker"], "text": " / ".join(f["parts"])})
        elif k in ("not-quote", "optional-quote"):
            found = text.find_all(f["parts"][0], True) or text.find_all(f["parts"][0])
            if not found:
                sys.exit(f"{pid}: not found: {f['parts'][0]!r}")
            key = "not_quotes" if k == "not-quote" else "optional_quotes"
            doc[key] += [{"start": s, "end": e, "text": f["parts"][0]} for s, e in found]
        elif k == "attribution":
            s, e = one(f["evidence"], f["n"], False)
            doc["attributions"].append({"start": s, "end": e, "source": f["source"], "text": f["evidence"]})
        elif k == "optional-attribution":
            s, e = one(f["evidence"], f["n"], False)
            doc["optional_attributions"].append({"start": s, "end": e, "text": f["evidence"]})
    return doc


def documents(annotations, lede, pages_dir, corpus_dir):
    for page in load(annotations):
        yield locate(page, analyze(lede, source_path(page, pages_dir, corpus_dir)))
