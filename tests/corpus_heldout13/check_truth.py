"""Check that every truth value of the heldout13 corpus occurs (as whole words) in its document.

Run: /work/main/.venv/bin/python check_truth.py
Text of .docx / .pdf / .xlsx is read with python-docx / pdfminer / openpyxl (not with the project's code).
"""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def doc_text(fn):
    p = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        import docx
        d = docx.Document(p)
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if fn.endswith(".pdf"):
        from pdfminer.high_level import extract_text
        return extract_text(p)
    if fn.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(p)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.extend(str(v) for v in row if v is not None)
        return "\n".join(parts)
    if fn.endswith(".csv"):
        with open(p, encoding="utf-8", newline="") as f:
            return "\n".join(c for row in csv.reader(f) for c in row)
    with open(p, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = re.sub(r"<[^>]+>", " ", s)
    s = s.replace("**", " ").replace("|", " ").replace("\t", " ")
    return " ".join(s.split())


def occurs(value, text):
    v = " ".join(value.split()).rstrip(".;,")
    return re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text) is not None


def main():
    bad = 0
    total = 0
    for tf in sorted(glob.glob(os.path.join(HERE, "*.truth.json"))):
        with open(tf, encoding="utf-8") as f:
            truth = json.load(f)
        text = norm(doc_text(truth["file"]))
        plan = truth["plan"]
        vals = []
        for k in ("number", "signer", "focal_agency"):
            if plan.get(k):
                vals.append((k, plan[k]))
        if plan.get("parent"):
            vals.append(("parent", plan["parent"]["number"]))
        for r in plan.get("reporting", []):
            vals.append(("reporting", r))
        if plan["level"] != "national":
            vals.append(("locality", plan["locality"]))
        ids = [t["id"] for t in truth["tasks"]]
        if len(ids) != len(set(ids)):
            print(truth["file"], "duplicate task ids")
            bad += 1
        for t in truth["tasks"]:
            total += 1
            for name in t["lead"]:
                vals.append((t["id"] + " lead", name))
            for name in t["cooperating"]:
                vals.append((t["id"] + " coop", name))
            if t["timeframe"]:
                vals.append((t["id"] + " time", t["timeframe"]))
            vals.append((t["id"] + " text", t["text_starts"]))
        for where, v in vals:
            if not occurs(v, text):
                print(f"{truth['file']}: {where}: {v!r} not found")
                bad += 1
        print(f"{truth['file']}: {len(truth['tasks'])} tasks")
    print(f"total tasks: {total}; problems: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
