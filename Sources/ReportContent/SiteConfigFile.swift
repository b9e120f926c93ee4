import ReportModel

/// `Content/site.yml`: the site's title, publisher, base URL, status vocabulary and units.
enum SiteConfigFile {
  static func read(_ text: String, path: String) -> (SiteConfig?, [Diagnostic]) {
    let (document, error) = YAMLNode.parse(text, path: path)
    guard let document else { return (nil, [error!]) }
    var reader = YAMLReader()
    guard document.pairs != nil else {
      return (nil, [.error(document.location, "site.yml must be a map of settings")])
    }
    let title =
      reader.line(document["title"], "title", in: document, required: true, field: "site title")
      ?? ""
    let publisher =
      reader.line(
        document["publisher"], "publisher", in: document, required: false, field: "publisher") ?? ""
    var baseURL = reader.string(document["baseURL"], "baseURL", in: document, required: false)
    if let url = baseURL, !url.isEmpty {
      if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
        reader.diagnostics.append(
          .error(
            document["baseURL"]!.location, "baseURL \"\(url)\" is not an absolute http(s) URL",
            notes: ["write it like https://www.example.gov.cn/gzbg/ or remove it"]))
      }
      if !url.hasSuffix("/") { baseURL = url + "/" }
    } else {
      baseURL = nil
    }
    let pageSize =
      reader.integer(document["pageSize"], "pageSize", in: document, required: false) ?? 200
    var statuses = StatusVocabulary([])
    if let list = document["statuses"]?.items {
      for item in list {
        guard
          let label = reader.line(
            item["label"], "label", in: item, required: true, field: "status label"),
          let categoryText = reader.string(
            item["category"], "category", in: item, required: true)
        else { continue }
        guard let category = StatusCategory(rawValue: categoryText.trimmedSpace) else {
          reader.diagnostics.append(
            .error(
              item["category"]!.location, "unknown status category \"\(categoryText)\"",
              notes: [
                "use one of: " + StatusCategory.allCases.map(\.rawValue).joined(separator: ", ")
              ]))
          continue
        }
        let display = reader.line(
          item["display"], "display", in: item, required: false, field: "status display label")
        statuses.add(StatusDefinition(label: label, category: category, display: display))
      }
    } else {
      reader.diagnostics.append(
        .error(
          document.location, "site.yml declares no statuses",
          notes: ["add `statuses:` with `- label: 已完成` and `category: done` items"]))
    }
    var units = UnitDirectory()
    var unitItems: [YAMLNode] = []
    for item in document["units"]?.items ?? [] {
      guard
        let name = reader.line(item["name"], "name", in: item, required: true, field: "unit name")
      else {
        continue
      }
      let aliases =
        item["aliases"].flatMap { reader.lines($0, "aliases", in: item, field: "unit alias") } ?? []
      let slug = reader.line(item["slug"], "slug", in: item, required: false, field: "slug")
      if let slug, !isSlug(slug) {
        reader.diagnostics.append(
          .error(
            item["slug"]!.location, "slug \"\(slug)\" must use a–z, 0–9 and - only",
            notes: ["for example `slug: qu-shang-wu-ju`"]))
      }
      let former = formerSlugs(item["formerSlugs"], reader: &reader, in: item)
      units.add(UnitDefinition(name: name, aliases: aliases, slug: slug, formerSlugs: former))
      unitItems.append(item)
    }
    reader.diagnostics += formerSlugClashes(units.units, items: unitItems)
    let identity = identity(document["identity"], reader: &reader)
    let params = params(document["params"], reader: &reader)
    reader.diagnostics += unknownKeys(in: document)
    var config = SiteConfig(
      title: title, publisher: publisher, baseURL: baseURL, statuses: statuses, units: units,
      pageSize: max(1, pageSize), identity: identity, params: params)
    config.labels = readLabels(document, reader: &reader)
    return (reader.diagnostics.hasErrors ? nil : config, reader.diagnostics)
  }

  static func text(for config: SiteConfig) -> String {
    var out = """
      # report-site settings. The README's "Content/ format" section explains every key.
      title: \(YAMLText.scalar(config.title))
      publisher: \(YAMLText.scalar(config.publisher))

      """
    if let baseURL = config.baseURL {
      out += "baseURL: \(YAMLText.scalar(baseURL))\n"
    } else {
      out +=
        "# baseURL: https://www.example.gov.cn/gzbg/  # enables sitemap.xml and canonical links\n"
    }
    out += "pageSize: \(config.pageSize)\n"
    out += identityText(for: config)
    out += "\n# Each status as reports write it, its category and a short label for badges.\n"
    out += "# Categories: " + StatusCategory.allCases.map(\.rawValue).joined(separator: ", ") + "\n"
    out += "statuses:\n"
    for status in config.statuses.definitions {
      out += "  - label: \(YAMLText.scalar(status.label))\n"
      out += "    category: \(status.category.rawValue)\n"
      if status.display != status.label {
        out += "    display: \(YAMLText.scalar(status.display))\n"
      }
    }
    out += labelsText(for: config)
    out +=
      "\n# Responsible units: the canonical name, other names reports use, an optional URL slug.\n"
    out += "units:\n"
    for unit in config.units.units {
      out += "  - name: \(YAMLText.scalar(unit.name))\n"
      if !unit.aliases.isEmpty {
        out += "    aliases:\n" + YAMLText.list(unit.aliases, indent: "      ")
      }
      if let slug = unit.slug { out += "    slug: \(YAMLText.scalar(slug))\n" }
      if !unit.formerSlugs.isEmpty {
        out += "    formerSlugs:\n" + YAMLText.list(unit.formerSlugs, indent: "      ")
      }
    }
    return out
  }
}
