import SiteTemplates

/// `404.html`, served for any missing address, so its links are absolute when the base URL
/// is known.
struct NotFoundPage: Sendable {
  let chrome: PageChrome
  /// The latest report's list of all tasks.
  let tasksHref: String
}

extension NotFoundPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .text("tasksHref", \.tasksHref),
  ]
}
