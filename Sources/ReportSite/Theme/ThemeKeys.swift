import SiteTemplates

/// The keys each page template may use, from the view models' field tables
/// (`report-site theme --keys`). A test checks that ``pages`` names every template and
/// view-model type a build renders.
public enum ThemeKeys {
  /// Each page template and the view model its pages render.
  static let pages: [(template: String, model: any TemplateModel.Type)] = [
    ("home", HomePage.self), ("section", SectionPage.self), ("units-index", UnitIndexPage.self),
    ("unit", UnitPage.self), ("status-index", StatusIndexPage.self), ("status", StatusPage.self),
    ("tasks-index", TaskListPage.self), ("task", TaskPage.self), ("full", FullReportPage.self),
    ("rounds", RoundsPage.self), ("changes", ChangesPage.self), ("not-found", NotFoundPage.self),
    ("redirect", RedirectPage.self), ("badge-svg", SVGBadge.self), ("feed", Feed.self),
    ("sitemap", Sitemap.self), ("filter-index", FilterIndex.self), ("front", FrontPage.self),
    ("site-unit", SiteUnitPage.self),
  ]

  /// The listing: for each page template, `template (Model)` and then one line per key,
  /// `  path: kind`. Partials see the keys of the page that includes them, at the place of the
  /// section they are included in.
  public static func listing() -> String {
    var lines: [String] = []
    for (template, model) in pages {
      lines.append("\(template).mustache (\(String(describing: model)))")
      for key in TemplateKeys.of(model) { lines.append("  \(key.path): \(key.kind)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
