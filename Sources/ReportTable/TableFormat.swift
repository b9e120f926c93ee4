/// The table formats report-site imports and exports, told by the file's extension.
public enum TableFormat: String, Sendable, Hashable, CaseIterable {
  case csv, xlsx, docx

  /// The format of a file named `path`; nil when its extension is not a table's.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }
}
