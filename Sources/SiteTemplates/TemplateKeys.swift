/// The keys a template may use with a view-model type, read from the types' field tables, so
/// that a list of them cannot go stale: for `report-site theme --keys`.
public enum TemplateKeys {
  /// One key: its dotted path from the page's model (`chrome.siteTitle`; a list's elements as
  /// `tasks[]`) and what it holds.
  public struct Key: Sendable, Hashable {
    public let path: String
    /// `text`, `html`, `number`, `decimal`, `condition`, `model`, `list of …` or
    /// `optional …`.
    public let kind: String
  }

  /// Every key of `root`, depth first in the order the tables list them. A model that holds
  /// itself (directly or not) is described once, where it first appears.
  public static func of(_ root: any TemplateModel.Type) -> [Key] {
    var keys: [Key] = []
    var seen: Set<ObjectIdentifier> = []
    describe(info(of: root), prefix: "", into: &keys, seen: &seen)
    return keys
  }

  private static func info<Model: TemplateModel>(of type: Model.Type) -> TemplateTypeInfo {
    Model.templateType.info
  }

  private static func describe(
    _ type: TemplateTypeInfo, prefix: String, into keys: inout [Key],
    seen: inout Set<ObjectIdentifier>
  ) {
    guard case .model(let fields) = type.shape, seen.insert(type.id).inserted else { return }
    for field in fields() {
      let path = prefix.isEmpty ? field.name : prefix + "." + field.name
      keys.append(Key(path: path, kind: kind(of: field.type)))
      var inner = field.type.unwrapped
      var innerPath = path
      if case .list(let element) = inner.shape {
        inner = element.unwrapped
        innerPath += "[]"
      }
      describe(inner, prefix: innerPath, into: &keys, seen: &seen)
    }
  }

  private static func kind(of type: TemplateTypeInfo) -> String {
    switch type.shape {
    case .scalar(.text): "text"
    case .scalar(.html): "html"
    case .scalar(.int): "number"
    case .scalar(.double): "decimal"
    case .scalar(.bool): "condition"
    case .model: "model \(type.name)"
    case .list(let element): "list of " + kind(of: element)
    case .optional(let wrapped): "optional " + kind(of: wrapped)
    }
  }
}
