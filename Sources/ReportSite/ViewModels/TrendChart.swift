import SiteTemplates

/// Completion per round as a small bar chart (inline SVG, hidden from screen readers) with the
/// same numbers as text in a table beside it.
struct TrendChart: Sendable {
  /// One round's bar.
  struct Bar: Sendable {
    let label: String
    let done: Int
    let total: Int
    let percent: String
    /// Geometry in the chart's coordinates.
    let x: Int
    let y: Int
    let width: Int
    let height: Int
    let labelX: Int
    let valueY: Int
  }

  let id: String
  let caption: String
  let width: Int
  let height: Int
  let baseline: Int
  /// Where the round labels sit, below the bars.
  let labelY: Int
  let bars: [Bar]

  static let barWidth = 56
  static let gap = 28
  static let plotHeight = 120

  /// Nil with fewer than two rounds: a trend needs two points.
  init?(id: String, caption: String, progress: [RoundProgress]) {
    guard progress.count >= 2 else { return nil }
    self.id = id
    self.caption = caption
    let top = 24
    baseline = top + Self.plotHeight
    labelY = baseline + 18
    height = baseline + 28
    width = progress.count * (Self.barWidth + Self.gap) + Self.gap
    let baseline = baseline
    bars = progress.enumerated().map { position, point in
      let barHeight = point.total == 0 ? 0 : Self.plotHeight * point.done / point.total
      let x = Self.gap + position * (Self.barWidth + Self.gap)
      return Bar(
        label: point.date ?? point.round.rawValue, done: point.done, total: point.total,
        percent: StatusCounts.percent(point.done, of: point.total), x: x,
        y: baseline - barHeight, width: Self.barWidth, height: barHeight,
        labelX: x + Self.barWidth / 2, valueY: baseline - barHeight - 6)
    }
  }
}

extension TrendChart: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("caption", \.caption),
    .int("width", \.width),
    .int("height", \.height),
    .int("baseline", \.baseline),
    .int("labelY", \.labelY),
    .section("bars", \.bars),
  ]
}

extension TrendChart.Bar: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("label", \.label),
    .int("done", \.done),
    .int("total", \.total),
    .text("percent", \.percent),
    .int("x", \.x),
    .int("y", \.y),
    .int("width", \.width),
    .int("height", \.height),
    .int("labelX", \.labelX),
    .int("valueY", \.valueY),
  ]
}
