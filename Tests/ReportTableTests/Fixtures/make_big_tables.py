#!/usr/bin/env python3
"""Writes large tables for timing `report-site import` (not used by the tests):

    python3 make_big_tables.py /tmp/perf     # big1000/big10000 .xlsx and .csv, big1000.docx
    /usr/bin/time -f "%es %MKB" .build/debug/report-site import /tmp/perf/big10000.xlsx --content /tmp/c
"""
import os
import sys

import docx
import openpyxl

HEADER = ["序号", "重点任务", "责任单位", "完成状态", "进展情况"]


def rows(count):
    """Ten sections of count/10 invented tasks each."""
    out = []
    for section in range(1, 11):
        out.append(("section", "一二三四五六七八九十"[section - 1] + "、部分%d" % section))
        for k in range(count // 10):
            i = (section - 1) * (count // 10) + k + 1
            out.append(("task", [i, "任务%d建设%d个项目。" % (i, i % 97), "区商务局、区发改委", "推进中",
                                 "已完成%d项,\n第二行。" % i]))
    return out


def main(folder):
    os.makedirs(folder, exist_ok=True)
    for count in (1000, 10000):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["生成日期:2021-06-30"])
        sheet.append(HEADER)
        for kind, value in rows(count):
            if kind == "task":
                sheet.append(value)
            else:
                sheet.append([value])
                row = sheet.max_row
                sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        book.save(os.path.join(folder, "big%d.xlsx" % count))
        with open(os.path.join(folder, "big%d.csv" % count), "w", encoding="utf-8") as f:
            f.write("生成日期:2021-06-30\n" + ",".join(HEADER) + "\n")
            for kind, value in rows(count):
                if kind == "task":
                    f.write('%d,%s,"%s",%s,"%s"\n' % tuple(value))
                else:
                    f.write(value + ",,,,\n")
    document = docx.Document()
    document.add_paragraph("2021年6月30日")
    table = document.add_table(rows=1, cols=5)
    for index, label in enumerate(HEADER):
        table.rows[0].cells[index].text = label
    for kind, value in rows(1000):
        row = table.add_row()
        if kind == "task":
            for index, text in enumerate(value):
                row.cells[index].text = str(text)
        else:
            row.cells[0].merge(row.cells[4]).text = value
    document.save(os.path.join(folder, "big1000.docx"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/perf")
