import ReportModel

/// `identity:` and `params:` of site.yml.
extension SiteConfigFile {
  /// The `identity:` map: each entry as text; an entry left empty is not shown.
  static func identity(_ node: YAMLNode?, reader: inout YAMLReader) -> SiteIdentity {
    var identity = SiteIdentity()
    guard let node, !node.isNull else { return identity }
    guard node.pairs != nil else {
      reader.diagnostics.append(
        .error(
          node.location, "`identity` must be a map",
          notes: ["write `identity:` then indented lines such as `  organizer: 青云谱区人民政府办公室`"]))
      return identity
    }
    for entry in SiteIdentity.Entry.allCases {
      identity[entry] =
        reader.string(node[entry.rawValue], entry.rawValue, in: node, required: false)?
        .trimmedSpace
    }
    return identity
  }

  /// The `params:` map, in its order: every value must be text.
  static func params(_ node: YAMLNode?, reader: inout YAMLReader) -> [SiteParam] {
    guard let node, !node.isNull else { return [] }
    guard let pairs = node.pairs else {
      reader.diagnostics.append(
        .error(
          node.location, "`params` must be a map of names to text",
          notes: ["write `params:` then indented lines such as `  hotline: \"0791-12345\"`"]))
      return []
    }
    return pairs.compactMap { key, value in
      reader.string(value, key, in: node, required: false).map { SiteParam(key: key, value: $0) }
    }
  }

  /// The `formerSlugs:` of a unit, each checked as a slug.
  static func formerSlugs(_ node: YAMLNode?, reader: inout YAMLReader, in item: YAMLNode)
    -> [String]
  {
    guard let node, !node.isNull else { return [] }
    let slugs = reader.strings(node, "formerSlugs", in: item) ?? []
    for slug in slugs where !isSlug(slug) {
      reader.diagnostics.append(
        .error(
          node.location, "former slug \"\(slug)\" must use a–z, 0–9 and - only",
          notes: [
            "copy it from the old page's URL, e.g. `units/qu-ren-she-ju.html` → qu-ren-she-ju"
          ]))
    }
    return slugs
  }

  /// An error for a former slug that is a unit's `slug:` now, or another unit's former slug:
  /// one address cannot both redirect and be a page, or redirect to two units.
  static func formerSlugClashes(_ units: [UnitDefinition], items: [YAMLNode]) -> [Diagnostic] {
    var owners: [String: String] = [:]
    for unit in units { if let slug = unit.slug { owners[slug] = unit.name } }
    var diagnostics: [Diagnostic] = []
    for (unit, item) in zip(units, items) {
      for former in unit.formerSlugs {
        if let owner = owners[former], owner != unit.name || unit.slug == former {
          diagnostics.append(
            .error(
              item["formerSlugs"]?.location ?? item.location,
              "former slug \"\(former)\" of \(unit.name) is also the address of \(owner)",
              notes: ["an address is either a unit's page or a redirect: remove one of the two"]))
        } else {
          owners[former] = unit.name
        }
      }
    }
    return diagnostics
  }

  static func isSlug(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
  }
}

extension SiteConfigFile {
  /// `identity:` and `params:` as site.yml text: the values set, or commented examples that
  /// say what each entry is.
  static func identityText(for config: SiteConfig) -> String {
    var out = "\n# Shown in every page's footer (政府网站发展指引); an entry left out is not shown.\n"
    if config.identity.isEmpty {
      out += "# identity:\n"
      for (entry, example) in identityExamples {
        out += "#   \(entry.rawValue): \(example)  # \(entry.label)\n"
      }
    } else {
      out += "identity:\n"
      for (entry, value) in config.identity.entries {
        out += "  \(entry.rawValue): \(YAMLText.scalar(value))\n"
      }
    }
    out += "\n# Free settings for your own templates, listed in each page's chrome:\n"
    out += "# {{#chrome}}{{#params}}{{key}}: {{value}}{{/params}}{{/chrome}}\n"
    if config.params.isEmpty {
      out += "# params:\n#   hotline: \"0791-12345\"\n"
    } else {
      out += "params:\n"
      for param in config.params {
        out += "  \(param.key): \(YAMLText.scalar(param.value))\n"
      }
    }
    return out
  }

  private static let identityExamples: [(SiteIdentity.Entry, String)] = [
    (.organizer, "某某区人民政府办公室"), (.operator, "某某区大数据中心"),
    (.contact, "0791-00000000"), (.siteCode, "3601000000"),
    (.icp, "赣ICP备00000000号"), (.police, "赣公网安备 36010000000000号"),
  ]
}
