import ReportModel
import SiteTemplates

/// The progress of a set of tasks: how many are complete, and the count per category.
struct ProgressSummary: Sendable {
  /// An id prefix unique on the page, for the caption.
  let id: String
  let caption: String
  let total: Int
  /// False for an empty set, where a bar would have a maximum of 0.
  let hasTasks: Bool
  let done: Int
  let donePercent: String
  let items: [ProgressItem]

  /// Every category is listed, empty ones too, so that pages compare at a glance.
  init(id: String, caption: String, counts: StatusCounts, root: String) {
    self.id = id
    self.caption = caption
    total = counts.total
    hasTasks = counts.total > 0
    done = counts.done
    donePercent = StatusCounts.percent(counts.done, of: counts.total)
    items = StatusCategory.allCases.map { category in
      ProgressItem(
        badge: StatusBadge(category: category), count: counts[category], total: counts.total,
        percent: StatusCounts.percent(counts[category], of: counts.total),
        href: root + "status/" + category.rawValue + ".html")
    }
  }
}

extension ProgressSummary: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("caption", \.caption),
    .int("total", \.total),
    .bool("hasTasks", \.hasTasks),
    .int("done", \.done),
    .text("donePercent", \.donePercent),
    .section("items", \.items),
  ]
}
