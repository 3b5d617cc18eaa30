"""Check that every value of every truth file occurs in its document.

Run with /work/main/.venv/bin/python tests/heldout12/check_truth.py
Independent of the plankg parser: it only reads the documents' plain text
(python-docx, openpyxl, pdfminer for the binary ones) and looks for each
value after collapsing white space and dropping markup.

For L1 (text extracted from a PDF) a value whose words were interleaved with
other cells' text by pdfminer is accepted when its words occur in order within
a short window; such values are listed as "split" (informational).
"""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = 400  # characters allowed between consecutive words of a split value


def doc_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return "\n".join(" | ".join(r) for r in csv.reader(f))
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
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
    s = s.replace("**", " ").replace("\\", "")
    return re.sub(r"\s+", " ", s).strip()


def strip_punct(v):
    return v.strip().rstrip(".;,").strip()


def _find(word_seq, text, pos=0):
    """Index of word_seq in text at or after pos, on word boundaries, or -1."""
    m = re.compile(r"(?<!\w)" + re.escape(word_seq) + r"(?!\w)").search(text, pos)
    return m.start() if m else -1


def occurs(value, text, allow_split):
    v = norm(strip_punct(value))
    if _find(v, text) >= 0:
        return "ok"
    if allow_split:
        # pdfminer may put other cells' text between the words of a value
        for start in [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(v.split(" ")[0]) + r"(?!\w)", text)]:
            pos, ok = start, True
            for w in v.split(" "):
                i = _find(w, text, pos)
                if i < 0 or i - pos > WINDOW:
                    ok = False
                    break
                pos = i + len(w)
            if ok:
                return "split"
    return "missing"


def check(truth_path):
    problems, splits = [], []
    with open(truth_path, encoding="utf-8") as f:
        t = json.load(f)
    doc = os.path.join(HERE, t["file"])
    if not os.path.exists(doc):
        return ["document missing: " + t["file"]], []
    text = norm(doc_text(doc))
    allow_split = t["layout"] == "L1"
    plan = t["plan"]
    values = []
    for key in ("number", "signer", "focal_agency", "locality"):
        if plan.get(key):
            values.append(("plan." + key, plan[key]))
    if plan.get("parent"):
        values.append(("plan.parent.number", plan["parent"]["number"]))
    for r in plan.get("reporting", []):
        values.append(("plan.reporting", r))
    ids = set()
    for task in t["tasks"]:
        tid = task["id"]
        if tid in ids:
            problems.append("duplicate id " + tid)
        ids.add(tid)
        for k in ("id", "lead", "cooperating", "timeframe", "text_starts"):
            if k not in task:
                problems.append("%s: key %s missing" % (tid, k))
        n = len(task["text_starts"].split())
        if n != 6:
            problems.append("%s: text_starts has %d words" % (tid, n))
        values.append((tid + ".text_starts", task["text_starts"]))
        for name in task["lead"]:
            values.append((tid + ".lead", name))
        for name in task["cooperating"]:
            values.append((tid + ".cooperating", name))
        if task["timeframe"]:
            values.append((tid + ".timeframe", task["timeframe"]))
    for where, v in values:
        r = occurs(v, text, allow_split)
        if r == "missing":
            problems.append("%s not found: %r" % (where, v))
        elif r == "split":
            splits.append("%s split: %r" % (where, v))
    return problems, splits


def main():
    total_tasks = 0
    bad = 0
    for tp in sorted(glob.glob(os.path.join(HERE, "*.truth.json"))):
        problems, splits = check(tp)
        with open(tp, encoding="utf-8") as f:
            n = len(json.load(f)["tasks"])
        total_tasks += n
        name = os.path.basename(tp)
        print("%-40s %3d tasks  %s" % (name, n, "OK" if not problems else "%d PROBLEMS" % len(problems)))
        for p in problems:
            print("   !", p)
        if "-v" in sys.argv:
            for s in splits:
                print("   ~", s)
        elif splits:
            print("   (%d values split by pdfminer; -v to list)" % len(splits))
        bad += len(problems)
    print("total tasks:", total_tasks)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
