extension String {
  /// The text with full-width ASCII forms (：，（）；。 are not ASCII and stay, except the ASCII
  /// look-alikes U+FF01…U+FF5E and the ideographic space) folded to their half-width forms, so
  /// that `推进中，计划年底前完成` and `推进中,计划年底前完成` compare equal.
  public var widthFolded: String {
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
      case 0x3000: scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Trimmed of spaces, tabs and ideographic spaces at both ends.
  public var trimmedSpace: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
    guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = lastIndex(where: { !isSpace($0) })!
    return String(self[start...end])
  }
}
