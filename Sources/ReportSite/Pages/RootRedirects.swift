/// The former addresses of a report migrated from the root layout (see
/// ``ReportModel/Report/migratedFromRoot``): its pages were at the site's root (`tasks/17.html`)
/// before they moved into its folder (`2020/tasks/17.html`). At each former address of an HTML
/// page, a redirect page leads to the page now; at each former badge (`badges/17.svg`, which
/// other sites embed), the same badge. A path the site's root uses itself (the front page,
/// `units/…`) is left to it.
struct RootRedirects: Sendable {
  /// The report's folder, `2020/`.
  let folder: String
  /// The report's title, which the redirect pages name.
  let title: String
  let baseURL: String?
  /// The paths the site's root uses itself.
  let taken: Set<String>

  /// The jobs of `part` (paths in the report's folder) and, after them, their former
  /// addresses.
  func adding(to part: @escaping PageFactory.Part) -> PageFactory.Part {
    let redirects = self
    return {
      let jobs = part()
      return jobs + jobs.compactMap(redirects.job(for:))
    }
  }

  /// The job at the former address of `job`, if it had one.
  func job(for job: RenderJob) -> RenderJob? {
    guard job.path.hasPrefix(folder) else { return nil }
    let former = String(job.path.dropFirst(folder.utf8.count))
    guard !taken.contains(former) else { return nil }
    if former.hasPrefix("badges/"), former.hasSuffix(".svg") {
      return RenderJob(path: former, template: job.template, model: job.model)
    }
    guard former.hasSuffix(".html") else { return nil }
    let href = SitePaths.root(of: former) + job.path
    let page = RedirectPage(
      name: title, href: href, canonicalURL: baseURL.map { $0 + job.path } ?? href)
    return RenderJob(path: former, template: "redirect", model: page)
  }
}
