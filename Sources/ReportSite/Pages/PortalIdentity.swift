/// What identifies the site to government portals (政府网站发展指引): its name, its domain and
/// its 网站标识码. Filled from site.yml's title and base URL; an `identity:` section of
/// site.yml (主办单位, 网站标识码 …) can fill the rest when it exists.
struct PortalIdentity: Sendable {
  let siteName: String
  /// The base URL's host name.
  let siteDomain: String?
  let siteIDCode: String?
  /// 栏目类型 on every page.
  let columnType: String

  init(siteName: String, baseURL: String?, siteIDCode: String? = nil, columnType: String = "政务公开") {
    self.siteName = siteName
    self.siteDomain = baseURL.flatMap(Self.host(of:))
    self.siteIDCode = siteIDCode
    self.columnType = columnType
  }

  /// `www.example.gov.cn` from `https://www.example.gov.cn/gzbg/`.
  static func host(of url: String) -> String? {
    guard let scheme = url.range(of: "://") else { return nil }
    let rest = url[scheme.upperBound...]
    let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
    return host.isEmpty ? nil : String(host)
  }
}
