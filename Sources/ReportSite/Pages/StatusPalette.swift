import ReportModel

/// The fill colours of the SVG badges, white text on each at a contrast of at least 4.5:1.
/// site.css uses the same colours.
enum StatusPalette {
  static func color(_ category: StatusCategory) -> String {
    switch category {
    case .done: "#1b6b35"
    case .doneOngoing: "#0d6159"
    case .inProgress: "#1f5fa8"
    case .scheduled: "#6b3fa0"
    case .behind: "#a33c0c"
    case .notStarted: "#595959"
    }
  }
}
