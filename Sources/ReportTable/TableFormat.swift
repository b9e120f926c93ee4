/// The table formats report-site imports, told by the file's extension; the old binary Office
/// formats are recognised only to say how to convert them.
public enum TableFormat: String, Sendable, Hashable, CaseIterable {
  case csv, xlsx, docx
  /// Excel 97–2003 and WPS spreadsheets: not read.
  case xls, et
  /// Word 97–2003 and WPS documents: not read.
  case doc, wps

  /// The format of a file named `path`; nil when its extension is not a table's.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    self.init(rawValue: path[path.index(after: dot)...].lowercased())
  }

  /// The current format to save a file of an old format as; nil for a format that is read.
  public var convertTo: TableFormat? {
    switch self {
    case .csv, .xlsx, .docx: nil
    case .xls, .et: .xlsx
    case .doc, .wps: .docx
    }
  }
}
