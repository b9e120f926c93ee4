import ReportModel

/// The `labels:` block of `site.yml`: labels a report uses beyond the built-in label table.
///
/// ```yaml
/// labels:
///   - label: 主责单位
///     field: lead-units
/// ```
extension SiteConfigFile {
  /// The built-in label table with the block's labels added.
  static func readLabels(_ document: YAMLNode, reader: inout YAMLReader) -> FieldLabels {
    var labels = FieldLabels.builtIn
    guard let node = document["labels"], !node.isNull else { return labels }
    let fields = LabelledField.allCases.map(\.rawValue).joined(separator: ", ")
    guard let items = node.items else {
      reader.diagnostics.append(
        .error(
          node.location, "`labels` must be a list",
          notes: ["write `- label: 主责单位` and `field: lead-units` for each label"]))
      return labels
    }
    for item in items {
      guard let label = reader.string(item["label"], "label", in: item, required: true),
        let fieldText = reader.string(item["field"], "field", in: item, required: true)
      else { continue }
      guard let field = LabelledField(rawValue: fieldText.trimmedSpace) else {
        reader.diagnostics.append(
          .error(
            item["field"]!.location, "unknown field \"\(fieldText)\" for label \"\(label)\"",
            notes: ["use one of: \(fields)"]))
        continue
      }
      guard !FieldLabels.key(label).isEmpty else {
        reader.diagnostics.append(
          .error(
            item["label"]!.location, "empty label",
            notes: ["write the label as reports do, e.g. `label: 主责单位`"]))
        continue
      }
      labels.add(FieldLabel(label, field))
    }
    return labels
  }

  /// The `labels:` block for the labels `config` adds to the built-in table; empty when none.
  static func labelsText(for config: SiteConfig) -> String {
    let additions = config.labels.additions(to: .builtIn)
    guard !additions.isEmpty else { return "" }
    var out =
      "\n# Line labels and column headers beyond the built-in ones (README: the label table).\n"
    out += "labels:\n"
    for addition in additions {
      out += "  - label: \(YAMLText.scalar(addition.label))\n"
      out += "    field: \(addition.field.rawValue)\n"
    }
    return out
  }
}
