/// Who runs a government website, as 政府网站发展指引 asks every page to show it. Every entry
/// is optional; the footer shows only the entries set.
public struct SiteIdentity: Hashable, Sendable {
  /// One entry: its key in site.yml and its label on the page.
  public enum Entry: String, CaseIterable, Sendable {
    case organizer, `operator`, contact, siteCode, icp, police

    /// The words a Chinese government site shows before the value.
    public var label: String {
      switch self {
      case .organizer: "主办单位"
      case .operator: "承办单位"
      case .contact: "联系方式"
      case .siteCode: "网站标识码"
      case .icp: "ICP备案号"
      case .police: "公安机关备案号"
      }
    }
  }

  private var values: [Entry: String]

  public init(_ values: [Entry: String] = [:]) {
    self.values = values.filter { !$0.value.isEmpty }
  }

  public subscript(entry: Entry) -> String? {
    get { values[entry] }
    set { values[entry] = newValue.flatMap { $0.isEmpty ? nil : $0 } }
  }

  /// The entries set, in the order of ``Entry/allCases``.
  public var entries: [(entry: Entry, value: String)] {
    Entry.allCases.compactMap { entry in values[entry].map { (entry, $0) } }
  }

  public var isEmpty: Bool { values.isEmpty }
}
