"""The invented table layouts of ReportTableTests; make_fixtures.py calls write_all.

Every text here is made up for the tests. The expected tasks, statuses, units, roles and
leaders of each file are stated in TableLayoutTests.swift.
"""
import datetime
import os

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment


def write_all(here, fixed_zip, write_csv, new_document, set_cell, grid_span, fixed):
    def save_book(book, name):
        book.properties.created = fixed
        book.properties.modified = fixed
        path = os.path.join(here, name)
        book.save(path)
        fixed_zip(path)

    def save_document(document, name):
        path = os.path.join(here, name)
        document.save(path)
        fixed_zip(path)

    # 1. 牵头/配合/分管领导 columns, a 完成时限 stored as a date number, title rows above.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header = ["序号", "重点任务", "牵头单位", "配合单位", "分管领导", "完成时限", "完成状态", "推进情况"]
    sheet.append(["示范区2021年《政府工作报告》重点任务推进情况表"])
    sheet.merge_cells("A1:H1")
    sheet.append(["（截至2021年6月30日）"])
    sheet.merge_cells("A2:H2")
    sheet.append(header)
    sheet.append(["一、稳住经济基本盘"])
    sheet.merge_cells("A4:H4")
    sheet.append(["（一）扩大有效投资"])
    sheet.merge_cells("A5:H5")
    sheet.append([1, "5G基站建设再新增120个,实现城区全覆盖。", "区工信局", "区发改委、区住建局",
                  "陈立新", datetime.datetime(2021, 12, 31), "序时推进", "已新建基站85个。"])
    sheet.cell(6, 6).number_format = "yyyy/m/d"
    sheet.append([2, "2021年完成12个老旧小区改造。", "区住建局", "区财政局\n各街道",
                  "陈立新、周海", "长期坚持", "滞后", "已开工7个,\n其余5个正在设计。"])
    sheet.cell(7, 4).alignment = Alignment(wrap_text=True)
    sheet.append(["二、保障改善民生"])
    sheet.merge_cells("A8:H8")
    sheet.append([3, "新增普惠性幼儿园学位600个。", "区教体局", "", "周海",
                  datetime.datetime(2021, 8, 31), "已办结", "新增学位640个,超额完成。"])
    sheet.cell(9, 6).number_format = "yyyy\"年\"m\"月\"d\"日\""
    save_book(book, "lead-co-leaders.xlsx")

    # 2. Two period columns, no sections, no date (import needs --date), a neutralised cell.
    write_csv("two-periods.csv", [
        ["序号", "工作任务", "责任单位", "1-10月推进情况", "1-11月推进情况", "完成状态"],
        ["1", "3.5万平方米棚户区改造。", "区住建局", "完成征收2.1万平方米。",
         "完成征收3.2万平方米。", "达进度"],
        ["2", "规上工业增加值增长6%。", "区工信局、区统计局", "增长4.8%。",
         "'-0.5个百分点,低于预期。", "欠进度"],
        ["3", "新建口袋公园4个。", "区城管局", "已完成选址。", "已建成4个。", "已完成"],
    ], "utf-8", bom=True)

    # 3. A 是否达序 column and a 备注 column, in Word.
    document = new_document()
    document.add_paragraph("2021年重点工作任务进展情况督查表")
    document.add_paragraph("2021年9月30日")
    header = ["序号", "任务内容", "责任单位", "是否达序", "工作进展情况", "备注"]
    table = document.add_table(rows=1, cols=len(header))
    for index, label in enumerate(header):
        table.rows[0].cells[index].text = label
    for values in [
        ["1", "建成区域医疗中心一期。", "区卫健委", "是", "主体结构封顶。", ""],
        ["2", "引进亿元以上项目10个。", "区投促局、区商务局", "否", "已签约6个。", "受疫情影响"],
        ["3", "完成河道清淤8公里。", "区水务局", "是", "已完成8.5公里。", ""],
    ]:
        row = table.add_row()
        for index, text in enumerate(values):
            set_cell(row.cells[index], text)
    save_document(document, "dayu.docx")

    # 4. Vertical merges in Word: one 责任单位 cell for two tasks, one 分管领导 for three;
    # inline role markers; section rows spanning the table.
    document = new_document()
    document.add_paragraph("重点任务落实情况")
    document.add_paragraph("截至2021.06.30")
    header = ["序号", "重点工作", "责任单位", "分管领导", "完成情况", "完成状态"]
    table = document.add_table(rows=1, cols=len(header))
    for index, label in enumerate(header):
        table.rows[0].cells[index].text = label
    section = table.add_row()
    grid_span(section, len(header)).text = "一、优化营商环境"
    rows = []
    for values in [
        ["1", "企业开办时间压缩至1个工作日。", "", "", "已压缩至0.5个工作日。", "已完成"],
        ["2", "推行“一窗通办”。", "", "", "32项事项进驻。", "推进中"],
        ["3", "40.2021年新增市场主体3000户。", "区市场监管局", "", "新增2600户。", "推进中"],
    ]:
        row = table.add_row()
        rows.append(row)
        for index, text in enumerate(values):
            if text:
                set_cell(row.cells[index], text)
    units = rows[0].cells[2].merge(rows[1].cells[2])
    units.text = "区发改委（牵头）、区行政审批局"
    leader = rows[0].cells[3].merge(rows[2].cells[3])
    leader.text = "刘文"
    save_document(document, "vmerge.docx")

    # 5. Several sheets: notes first, then the round's sheet with title rows, numbers stored
    # as numbers (one written as 3.0) and dates stored as numbers; a summary sheet after it.
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填报说明"
    notes.append(["本表由各责任单位于每月5日前填报。"])
    notes.append(["完成状态填写:已完成、推进中、进度滞后。"])
    sheet = book.create_sheet("1-11月")
    sheet.append(["重点任务完成情况统计表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["填报单位:区政府督查室", "", "", "填报时间:", datetime.datetime(2021, 12, 5)])
    sheet.cell(2, 5).number_format = "yyyy-mm-dd"
    sheet.append(["序号", "目标任务", "责任单位", "完成时限", "完成状态", "进展情况"])
    # Task 1's text is rich text: two runs, the first bold.
    rich = CellRichText(TextBlock(InlineFont(b=True), "新增城镇就业"), "1200人。")
    tasks = [
        (1, rich, "区人社局", datetime.datetime(2021, 12, 31), "推进中",
         "已新增1105人。"),
        (2, "12.3公里雨污管网改造。", "区住建局、区城管局", datetime.datetime(2021, 10, 31),
         "进度滞后", "完成9.6公里。"),
        (3.0, "创建省级文明社区2个。", "区文明办", datetime.datetime(2021, 6, 30), "已完成",
         "2个社区通过验收。"),
    ]
    for task in tasks:
        sheet.append(list(task))
        sheet.cell(sheet.max_row, 4).number_format = "mm-dd-yy"
    summary = book.create_sheet("汇总")
    summary.append(["序号", "目标任务", "责任单位", "完成状态"])
    summary.append([1, "汇总行", "区政府督查室", "推进中"])
    save_book(book, "multi-sheet.xlsx")

    # 5b. A category column (重点工作) merged down over its tasks (具体任务) instead of section rows.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["2021年重点工作推进情况", "", "", "", "", "", ""])
    sheet.merge_cells("A1:G1")
    sheet.append(["2021年7月10日"])
    sheet.append(["序号", "重点工作", "具体任务", "责任单位", "完成时限", "进展情况", "完成状态"])
    sheet.append([1, "扩大有效需求", "新开工亿元以上项目15个。", "区发改委", "2021年底", "已开工9个。", "序时推进"])
    sheet.append([2, None, "社会消费品零售总额增长10%。", "区商务局", "2021年底", "增长11.2%。", "超进度"])
    sheet.append([3, "改善营商环境", "政务服务事项全程网办率90%。", "区行政审批局", "2021年9月", "达到86%。", "推进中"])
    sheet.append([4, None, "新增减税降费2亿元。", "区税务局（牵头）、区财政局", "2021年底", "已减免1.3亿元。", "达进度"])
    sheet.merge_cells("B4:B5")
    sheet.merge_cells("B6:B7")
    save_book(book, "category-column.xlsx")

    # 5c. A header over two rows: 责任单位 over 牵头单位 and 配合单位, 推进情况 over two periods.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["重点任务推进情况(截至2021年11月30日)"])
    sheet.merge_cells("A1:G1")
    sheet.append(["序号", "重点任务", "责任单位", None, "推进情况", None, "完成状态"])
    sheet.append([None, None, "牵头单位", "配合单位", "1-10月", "1-11月", None])
    for cells in ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3"]:
        sheet.merge_cells(cells)
    sheet.append(["一、城市更新"])
    sheet.merge_cells("A4:G4")
    sheet.append([1, "改造背街小巷30条。", "区城管局", "各街道", "完成18条。", "完成24条。", "序时推进"])
    sheet.append([2, "新增停车泊位2000个。", "区交通局", "", "新增900个。", "新增1300个。", "滞后"])
    save_book(book, "two-row-header.xlsx")

    # 6. 1904 date system (a workbook made on an old Mac).
    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["序号", "重点任务", "责任单位", "完成时限", "完成状态", "推进情况"])
    sheet.append([1, "完成街巷整治20条。", "区城管局", datetime.datetime(2021, 11, 30), "推进中",
                  "已整治15条。"])
    sheet.cell(2, 4).number_format = "yyyy-mm-dd"
    save_book(book, "dates-1904.xlsx")

    # 7. GBK CSV as Excel saves it ("CSV (逗号分隔)" on Chinese Windows): no BOM, CRLF, a
    # quoted cell with a line break and a comma.
    write_csv("gbk.csv", [
        ["重点任务完成情况(2021年3月31日)", "", "", "", "", ""],
        ["序号", "任务", "牵头单位", "配合单位", "完成情况", "完成状态"],
        ["1", "建设智慧停车场3处。", "区城管局", "区公安分局", "已建成2处,\n第3处在施工。", "推进中"],
        ["2", "开展消防安全大检查。", "区应急局", "各街道", "检查单位1260家。", "已完成"],
    ], "gbk")
