import SiteTemplates

/// `404.html`, served for any missing address, so its links are absolute when the base URL
/// is known.
struct NotFoundPage: Sendable {
  let chrome: PageChrome
}

extension NotFoundPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome)
  ]
}
