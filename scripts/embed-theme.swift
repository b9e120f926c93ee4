// Writes Sources/BuiltInTheme/BuiltInTheme+Files.swift from Templates/: every file of the theme
// as a Swift string literal, so that the binary carries the theme. Run from the repository root:
//   swift scripts/embed-theme.swift
// A test (BuiltInThemeTests) fails when the embedded copy differs from Templates/.
import Foundation

let root = FileManager.default.currentDirectoryPath
let folder = root + "/Templates"
let target = root + "/Sources/BuiltInTheme/BuiltInTheme+Files.swift"

guard let walker = FileManager.default.enumerator(atPath: folder) else {
  FileHandle.standardError.write(Data("cannot read \(folder)\n".utf8))
  exit(1)
}
var files: [String] = []
for case let relative as String in walker {
  var isFolder: ObjCBool = false
  let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
  if !hidden, FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder),
    !isFolder.boolValue
  {
    files.append(relative)
  }
}
files.sort()

/// A raw multi-line literal of `text`, with enough `#` that nothing in it ends or escapes it.
func literal(_ text: String) -> String {
  var hashes = "#"
  while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
  return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

var out = """
  // Generated from Templates/ by `swift scripts/embed-theme.swift`: do not edit.
  // swift-format-ignore-file

  extension BuiltInTheme {
    /// Every file of Templates/, by path, as text (or as Base64 when it is not UTF-8 text).
    static let embedded: [(path: String, content: EmbeddedFile)] = [

  """
for file in files {
  let data = FileManager.default.contents(atPath: folder + "/" + file) ?? Data()
  if !data.contains(13), let text = String(data: data, encoding: .utf8) {
    out += "(\"\(file)\", .text(\n\(literal(text))\n)),\n"
  } else {
    out += "(\"\(file)\", .base64(\"\(data.base64EncodedString())\")),\n"
  }
}
out += "  ]\n}\n"
do {
  try out.write(toFile: target, atomically: true, encoding: .utf8)
  print("wrote \(target): \(files.count) files")
} catch {
  FileHandle.standardError.write(Data("cannot write \(target): \(error)\n".utf8))
  exit(1)
}
