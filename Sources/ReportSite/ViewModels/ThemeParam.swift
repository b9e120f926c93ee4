/// One of site.yml's `params:`, for themes: `{{#params}}{{key}}={{value}}{{/params}}`.
struct ThemeParam: Sendable {
  let key: String
  let value: String
}
