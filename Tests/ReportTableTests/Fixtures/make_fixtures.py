#!/usr/bin/env python3
"""Writes the table fixtures of ReportTableTests (run from this folder):

    pip install openpyxl python-docx && python3 make_fixtures.py

The seed tables (seed.csv, seed.xlsx, seed.docx) are the repository's own seed report
(../../ReportTextTests/Fixtures/seed.txt) laid out as a table; every other fixture's text is
invented here, in layouts studied on government portals. Dates and times inside the files are
fixed so that the output is the same on every run.
"""
import datetime
import sys

sys.dont_write_bytecode = True
import io
import os
import re
import zipfile

import openpyxl
from openpyxl.styles import Alignment
import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2021, 1, 1, 0, 0, 0)


def fixed_zip(path):
    """Rewrites a zip with fixed entry times and core properties, so runs give the same bytes."""
    with open(path, "rb") as f:
        data = f.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2021-01-01T00:00:00Z<", body)
            new = zipfile.ZipInfo(info.filename, date_time=(2021, 1, 1, 0, 0, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, body)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def shared_strings(path):
    """Moves a workbook's inline strings (what openpyxl writes) into xl/sharedStrings.xml, as
    Excel and WPS store text, rich-text runs kept."""
    src = zipfile.ZipFile(path)
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    strings = []
    index = {}

    def share(match):
        inner = match.group(2)
        if inner not in index:
            index[inner] = len(strings)
            strings.append(inner)
        return match.group(1) + b't="s"><v>%d</v></c>' % index[inner]

    pattern = re.compile(rb'(<c [^>]*?)t="inlineStr"><is>(.*?)</is></c>', re.S)
    for name in sorted(parts):
        if name.startswith("xl/worksheets/sheet"):
            parts[name] = pattern.sub(share, parts[name])
    body = b"".join(b"<si>" + inner + b"</si>" for inner in strings)
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
        b'uniqueCount="%d">' % (len(strings), len(strings)) + body + b"</sst>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    order = [info.filename for info in src.infolist()] + ["xl/sharedStrings.xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, parts[name])


def read_seed():
    """The seed report: its date, intro, and rows (kind, values) in order."""
    with open(os.path.join(HERE, "../../ReportTextTests/Fixtures/seed.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    rows = []
    date = None
    i = 0
    while "|" in lines[i]:
        m = re.search(r"生成日期: \| (\d{4}-\d\d-\d\d)", lines[i])
        if m:
            date = m.group(1)
        i += 1
    intro = lines[i]
    i += 1
    task = None
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        if re.match(r"^[一二三四五六七八九十]+、", line):
            rows.append(("section", line))
        elif re.match(r"^\([一二三四五六七八九十]+\)", line):
            rows.append(("subsection", line))
        elif line.startswith("责任单位:"):
            task["units"] = line[len("责任单位:"):]
        elif line.startswith("贯彻落实情况:"):
            rest = line[len("贯彻落实情况:"):]
            status, _, narrative = rest.partition("。")
            task["status"] = status
            task["narrative"] = narrative
        elif task is not None and "narrative" in task and not re.match(r"^\d+\.", line):
            task["narrative"] += "\n" + line
        else:
            m = re.match(r"^(\d+)\.(.*)$", line)
            task = {"number": int(m.group(1)), "text": m.group(2)}
            rows.append(("task", task))
    return date, intro, rows


SEED_HEADER = ["序号", "重点任务", "责任单位", "完成状态", "贯彻落实情况"]


def seed_xlsx(date, intro, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "重点任务"
    width = len(SEED_HEADER)
    sheet.append(["《政府工作报告》重点任务落实情况"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(["生成日期:" + date])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append(SEED_HEADER)
    for kind, value in rows:
        if kind == "task":
            sheet.append([value["number"], value["text"], value["units"], value["status"],
                          value["narrative"]])
            sheet.cell(sheet.max_row, 5).alignment = Alignment(wrap_text=True)
        else:
            sheet.append([value])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1,
                              end_row=sheet.max_row, end_column=width)
    path = os.path.join(HERE, "seed.xlsx")
    book.properties.created = FIXED
    book.properties.modified = FIXED
    book.save(path)
    fixed_zip(path)
    shared_strings(path)


def csv_field(value):
    value = str(value)
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""').replace("\n", "\r\n") + '"'
    return value


def write_csv(name, records, encoding, bom=False):
    text = "".join(",".join(csv_field(v) for v in record) + "\r\n" for record in records)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def seed_csv(date, intro, rows):
    width = len(SEED_HEADER)
    records = [["《政府工作报告》重点任务落实情况"] + [""] * (width - 1),
               ["生成日期:" + date] + [""] * (width - 1), SEED_HEADER]
    for kind, value in rows:
        if kind == "task":
            records.append([value["number"], value["text"], value["units"], value["status"],
                            value["narrative"]])
        else:
            records.append([value] + [""] * (width - 1))
    write_csv("seed.csv", records, "utf-8", bom=True)


def set_cell(cell, text):
    """A Word cell holding `text`, one paragraph per line."""
    lines = str(text).split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def grid_span(row, width):
    """Merges a row's cells into one spanning `width` columns (w:gridSpan)."""
    cells = row.cells
    merged = cells[0].merge(cells[width - 1])
    return merged


def new_document():
    document = docx.Document()
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.core_properties.last_printed = FIXED
    return document


def seed_docx(date, intro, rows):
    document = new_document()
    document.add_paragraph("《政府工作报告》重点任务落实情况")
    year, month, day = (int(p) for p in date.split("-"))
    document.add_paragraph(f"（{year}年{month}月{day}日）")
    table = document.add_table(rows=1, cols=len(SEED_HEADER))
    for index, label in enumerate(SEED_HEADER):
        table.rows[0].cells[index].text = label
    for kind, value in rows:
        row = table.add_row()
        if kind == "task":
            values = [value["number"], value["text"], value["units"], value["status"],
                      value["narrative"]]
            for index, text in enumerate(values):
                set_cell(row.cells[index], text)
        else:
            merged = grid_span(row, len(SEED_HEADER))
            merged.text = value
    path = os.path.join(HERE, "seed.docx")
    document.save(path)
    fixed_zip(path)


def main():
    date, intro, rows = read_seed()
    seed_csv(date, intro, rows)
    seed_xlsx(date, intro, rows)
    seed_docx(date, intro, rows)
    import layouts
    layouts.write_all(HERE, fixed_zip, write_csv, new_document, set_cell, grid_span, FIXED)
    shared_strings(os.path.join(HERE, "multi-sheet.xlsx"))


if __name__ == "__main__":
    main()
