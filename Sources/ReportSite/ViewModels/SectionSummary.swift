import SiteTemplates

/// A section on the home page: its heading, link and completion.
struct SectionSummary: Sendable {
  let numeral: String
  let title: String
  let href: String
  let total: Int
  let hasTasks: Bool
  let done: Int
  let donePercent: String
}

extension SectionSummary: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("numeral", \.numeral),
    .text("title", \.title),
    .text("href", \.href),
    .int("total", \.total),
    .bool("hasTasks", \.hasTasks),
    .int("done", \.done),
    .text("donePercent", \.donePercent),
  ]
}
