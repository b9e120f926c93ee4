import ReportModel
import SiteTemplates

/// The site's identity in every page's footer (site.yml's `identity:`): the entries set, in a
/// fixed order, and each by name for themes that place them one by one.
struct IdentityFooter: Sendable {
  let items: [IdentityItem]
  let organizer: String?
  let `operator`: String?
  let contact: String?
  let siteCode: String?
  let icp: String?
  let police: String?

  /// The footer of `identity`, or nil when no entry is set.
  init?(_ identity: SiteIdentity) {
    guard !identity.isEmpty else { return nil }
    items = identity.entries.enumerated().map { position, pair in
      IdentityItem(label: pair.entry.label, value: pair.value, separated: position > 0)
    }
    organizer = identity[.organizer]
    `operator` = identity[.operator]
    contact = identity[.contact]
    siteCode = identity[.siteCode]
    icp = identity[.icp]
    police = identity[.police]
  }
}

extension IdentityFooter: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .section("items", \.items),
    .text("organizer", \.organizer),
    .text("operator", \.operator),
    .text("contact", \.contact),
    .text("siteCode", \.siteCode),
    .text("icp", \.icp),
    .text("police", \.police),
  ]
}
