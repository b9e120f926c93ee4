import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML element as Foundation's `XMLParser` reports it: names and attribute names without
/// their namespace prefix (`w:tc` is `tc`, `r:id` is `id`), children in order, and the element's
/// own character data. Office files use a handful of fixed namespaces, so the local name is
/// enough to tell elements apart.
struct XMLElementNode: Sendable {
  var name: String
  var attributes: [String: String]
  var children: [XMLElementNode]
  var text: String

  /// Parses a whole document into its root element.
  static func parse(_ data: Data) -> Result<XMLElementNode, XMLReadError> {
    let builder = XMLTreeBuilder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    parser.shouldResolveExternalEntities = false
    let parsed = parser.parse()
    guard parsed, let root = builder.root else {
      return .failure(
        XMLReadError(
          line: parser.lineNumber,
          reason: parser.parserError.map { String(describing: $0) } ?? "not well-formed XML"))
    }
    return .success(root)
  }

  /// The first child with this local name.
  func child(_ name: String) -> XMLElementNode? {
    children.first { $0.name == name }
  }

  /// Every child with this local name, in order.
  func children(_ name: String) -> [XMLElementNode] {
    children.filter { $0.name == name }
  }

  /// An attribute by its local name.
  func attribute(_ name: String) -> String? {
    attributes[name]
  }

  /// The character data of every `t` element inside, in document order, skipping the elements
  /// named in `skipping` and what they hold (`rPh`: phonetic guides in spreadsheets).
  func textOfRuns(skipping: Set<String> = ["rPh"]) -> String {
    var result = ""
    collectRuns(into: &result, skipping: skipping)
    return result
  }

  private func collectRuns(into result: inout String, skipping: Set<String>) {
    if name == "t" {
      result += text
      return
    }
    for child in children where !skipping.contains(child.name) {
      child.collectRuns(into: &result, skipping: skipping)
    }
  }
}

/// Why an XML part of an Office file could not be read.
struct XMLReadError: Error, Sendable {
  var line: Int
  var reason: String
}

/// Builds `XMLElementNode`s from `XMLParser` events.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  var stack: [XMLElementNode] = []
  var root: XMLElementNode?

  static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    var local: [String: String] = [:]
    for (key, value) in attributes where !key.hasPrefix("xmlns") {
      local[Self.localName(key)] = value
    }
    stack.append(
      XMLElementNode(name: Self.localName(elementName), attributes: local, children: [], text: ""))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    guard let element = stack.popLast() else { return }
    if stack.isEmpty {
      root = element
    } else {
      stack[stack.count - 1].children.append(element)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
  }
}
