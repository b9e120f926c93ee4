import SiteTemplates

/// One task in the full report: its words, units, status and narrative.
struct FullTask: Sendable {
  let number: Int
  let text: String
  let href: String
  let lead: String?
  let partners: String?
  let badge: StatusBadge
  let overdue: Bool
  let narrativeHTML: String
}

extension FullTask: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .int("number", \.number),
    .text("text", \.text),
    .text("href", \.href),
    .text("lead", \.lead),
    .text("partners", \.partners),
    .model("badge", \.badge),
    .bool("overdue", \.overdue),
    .html("narrativeHTML", \.narrativeHTML),
  ]
}
