import SiteTemplates
/// One of site.yml's `params:`, for themes: `{{#params}}{{key}}={{value}}{{/params}}`.
struct ThemeParam: Sendable {
  let key: String
  let value: String
}

extension ThemeParam: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("key", \.key),
    .text("value", \.value),
  ]
}
