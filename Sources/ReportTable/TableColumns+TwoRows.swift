import ReportModel

extension TableColumns {
  /// The header's cells, one per column, read over one header row or two: when the row under
  /// the header row fills only columns under header cells merged across several columns
  /// (`推进情况` over `1-10月` and `1-11月`), each such column is named by both rows
  /// (`1-10月推进情况`; a lower cell that is a label by itself, `牵头单位` under `责任单位`,
  /// names its column alone). Returns the cells and whether the second row was used.
  static func headerCells(
    _ grid: TableGrid, headerRow: Int, labels: FieldLabels
  ) -> (cells: [(column: Int, text: String)], twoRows: Bool) {
    let top = grid.rows[headerRow]
    let single = grid.distinctFilledColumns(ofRow: headerRow).map {
      (column: $0, text: top.text($0).cellContent)
    }
    let lowerIndex = headerRow + 1
    guard lowerIndex < grid.rows.count else { return (single, false) }
    let lower = grid.rows[lowerIndex]
    // The lower row's own cells (not continuing a cell merged down from the header row).
    let own = lower.cells.indices.filter { column in
      let cell = lower.cells[column]
      guard cell.isFilled else { return false }
      return cell.mergedFrom.map { $0.row == lowerIndex && $0.column == column } ?? true
    }
    guard !own.isEmpty else { return (single, false) }
    func spanAnchor(_ column: Int) -> Int? {
      guard column < top.cells.count else { return nil }
      if let origin = top.cells[column].mergedFrom, origin.row == headerRow,
        origin.column != column
      {
        return origin.column
      }
      let next = column + 1
      if next < top.cells.count,
        top.cells[next].mergedFrom == CellPosition(row: headerRow, column: column)
      {
        return column
      }
      return nil
    }
    guard own.allSatisfy({ spanAnchor($0) != nil }) else { return (single, false) }
    let split = Set(own.compactMap(spanAnchor))
    var cells: [(column: Int, text: String)] = single.filter { !split.contains($0.column) }
    for column in own {
      let upper = top.text(column).cellContent
      let sub = lower.text(column).cellContent
      let text: String
      if labels.match(sub) != nil {
        text = sub
      } else if PeriodOrder.isPeriod(sub) {
        text = sub + upper
      } else {
        text = upper + sub
      }
      cells.append((column, text))
    }
    cells.sort { $0.column < $1.column }
    return (cells, true)
  }
}
