/// One of site.yml's `params:`, a free setting for themes.
public struct SiteParam: Hashable, Sendable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}
