"""Check that every value of every *.truth.json occurs in its document.

Run:  /work/main/.venv/bin/python tests/heldout11/check_truth.py

Independent of the project's parser: it only reads the document's raw text
(Markdown/CSV as they are, .txt as extracted, .pdf through pdfminer, .docx
paragraphs and table cells through python-docx, .xlsx cells through
openpyxl), removes markup, joins whitespace, and looks each value up.
For L1 (.txt extracted from PDF) a value that pdfminer cut apart (a table
row broken across pages, a cell interleaved with its neighbours) is accepted
when its words occur as at most four pieces in order; those are listed as
"split" so a reader can see them.
Exit status 1 when a value is missing or the truth file is malformed.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEVELS = {"national", "province", "district", "commune"}
APPENDIX = {"present", "referenced-missing", "none"}
LAYOUTS = {"L%d" % i for i in range(1, 12)}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"</?(b|p|i|br)\s*/?>", " ", s)
    s = s.replace("**", " ").replace("|", " ")
    s = re.sub(r"(?<!\w)\*|\*(?!\w)", " ", s)          # italic markers
    s = re.sub(r"(?m)^\s*#+\s*", " ", s)                  # heading marks
    s = re.sub(r"(?m)^\s*-{3,}\s*$", " ", s)              # table rules
    s = s.replace(":---:", " ").replace("|---", " ")
    return re.sub(r"\s+", " ", s).strip()


def norm_lines(s):
    """Like norm() but keeps line, tab and cell boundaries as a visible mark."""
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"</?(b|p|i|br)\s*/?>", " ", s)
    s = s.replace("**", " ")
    s = re.sub(r"[\n\t|]", " \u00b6 ", s)
    s = re.sub(r"(?<!\w)\*|\*(?!\w)", " ", s)
    return re.sub(r"[ \u00a0]+", " ", s)


START_MARK = r"(?:\u00b6|^|\d\.?\)?|[a-zđ]\)|[IVXA-E]+\.?)\s*(?:\u00b6\s*)*"


def starts_a_task(ts, lined):
    """text_starts should open a line, a cell, or follow an item number."""
    words = [re.escape(w) for w in norm(strip_punct(ts)).split()]
    pat = START_MARK + r"[\s\u00b6]+".join(words)
    return re.search(pat, lined) is not None


def strip_punct(v):
    return v.strip().rstrip(".;,").strip()


def doc_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".md", ".txt"):
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    if ext == ".csv":
        import csv
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return "\n".join(cell for row in csv.reader(fh) for cell in row)
    if ext == ".pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                seen = set()
                for c in r.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.extend(str(v) for v in row if v is not None)
        return "\n".join(parts)
    raise ValueError("unknown document type: " + path)


def pieces_in_order(value, text, max_pieces=4):
    """True when the words of value occur in text as <= max_pieces runs in order."""
    words = value.split()

    def rec(i, pos, left):
        if i == len(words):
            return True
        if left == 0:
            return False
        for j in range(len(words), i, -1):
            chunk = " ".join(words[i:j])
            k = text.find(chunk, pos)
            while k != -1:
                if rec(j, k + len(chunk), left - 1):
                    return True
                k = text.find(chunk, k + 1)
        return False

    return rec(0, 0, max_pieces)


def check(truth_path):
    errors, splits = [], []
    with open(truth_path, encoding="utf-8") as fh:
        truth = json.load(fh)
    doc = os.path.join(HERE, truth["file"])
    if not os.path.exists(doc):
        return ["document missing: " + truth["file"]], [], 0
    raw = doc_text(doc)
    text = norm(raw)
    lined = norm_lines(raw)
    is_l1 = truth["layout"] == "L1"

    def look(what, value):
        if value is None:
            return
        v = norm(strip_punct(value))
        if not v:
            errors.append("%s: empty value" % what)
        elif v in text:
            return
        elif is_l1 and pieces_in_order(v, text):
            splits.append("%s: %r" % (what, value))
        else:
            errors.append("%s: not found: %r" % (what, value))

    if truth["layout"] not in LAYOUTS:
        errors.append("bad layout")
    if truth["appendix"] not in APPENDIX:
        errors.append("bad appendix value")
    plan = truth["plan"]
    for key in ("number", "date", "level", "locality", "signer", "focal_agency", "parent"):
        if key not in plan:
            errors.append("plan." + key + " missing")
    if plan.get("level") not in LEVELS:
        errors.append("bad level")
    if plan.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", plan["date"]):
        errors.append("bad date format")
    look("plan.number", plan.get("number"))
    if plan.get("locality") != "Việt Nam":
        look("plan.locality", plan.get("locality"))
    look("plan.signer", plan.get("signer"))
    look("plan.focal_agency", plan.get("focal_agency"))
    if plan.get("parent"):
        look("plan.parent.number", plan["parent"]["number"])
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", plan["parent"]["date"] or ""):
            errors.append("bad parent date")
    for r in plan.get("reporting", []):
        look("plan.reporting", r)
    ids = [t["id"] for t in truth["tasks"]]
    if len(ids) != len(set(ids)):
        errors.append("duplicate task ids")
    for t in truth["tasks"]:
        tid = t["id"]
        for k in ("lead", "cooperating", "timeframe", "text_starts"):
            if k not in t:
                errors.append("%s: %s missing" % (tid, k))
        for name in t["lead"]:
            look(tid + ".lead", name)
        for name in t["cooperating"]:
            look(tid + ".cooperating", name)
        look(tid + ".timeframe", t["timeframe"])
        look(tid + ".text_starts", t["text_starts"])
        if len(t["text_starts"].split()) != 6:
            errors.append("%s: text_starts is not 6 words" % tid)
        elif not starts_a_task(t["text_starts"], lined):
            errors.append("%s: text_starts does not open a line, cell or item" % tid)
    return errors, splits, len(truth["tasks"])


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.truth.json")))
    bad, total = 0, 0
    for f in files:
        errors, splits, n = check(f)
        total += n
        name = os.path.basename(f)
        print("%-32s %3d tasks  %s" % (name, n, "OK" if not errors else "%d ERRORS" % len(errors)))
        for e in errors:
            print("    ERROR", e)
        for s in splits:
            print("    split", s)
        bad += bool(errors)
    print("%d truth files, %d tasks, %d with errors" % (len(files), total, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
