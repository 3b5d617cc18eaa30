"""Check that every value of every truth file occurs in its document.

Run: /work/main/.venv/bin/python check_truth.py
This is a plain substring check after joining whitespace (and removing Markdown
emphasis and HTML tags); it is NOT a parser and knows nothing of the layouts.
"""

import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def doc_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext in ("md", "txt"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return "\n".join(" | ".join(r) for r in csv.reader(f))
    if ext == "docx":
        import docx

        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                seen = []
                for c in r.cells:
                    if c._tc not in seen:
                        seen.append(c._tc)
                        parts.append(c.text)
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext == "pdf":
        from pdfminer.high_level import extract_text

        return extract_text(path)
    raise ValueError(path)


def norm(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = s.replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip()


def main():
    bad = 0
    total = 0
    for tp in sorted(glob.glob(os.path.join(HERE, "*.truth.json"))):
        with open(tp, encoding="utf-8") as f:
            t = json.load(f)
        text = norm(doc_text(os.path.join(HERE, t["file"])))
        vals = []
        p = t["plan"]
        for k in ("number", "signer", "focal_agency"):
            if p.get(k):
                vals.append((k, p[k]))
        for r in p.get("reporting", []):
            vals.append(("reporting", r))
        if p.get("parent"):
            num = p["parent"]["number"]
            vals.append(("parent", num))
        ids = [x["id"] for x in t["tasks"]]
        if len(ids) != len(set(ids)):
            print(t["file"], "duplicate ids")
            bad += 1
        for task in t["tasks"]:
            for n in task["lead"]:
                vals.append((task["id"] + " lead", n))
            for n in task["cooperating"]:
                vals.append((task["id"] + " coop", n))
            if task["timeframe"]:
                vals.append((task["id"] + " timeframe", task["timeframe"]))
            vals.append((task["id"] + " text", task["text_starts"]))
        miss = [(k, v) for k, v in vals if norm(v) not in text]
        total += len(t["tasks"])
        print(f"{t['file']}: {len(t['tasks'])} tasks, {len(vals)} values, {len(miss)} missing")
        for k, v in miss:
            print("   MISSING", k, repr(v))
        bad += len(miss)
    print("total tasks", total)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
