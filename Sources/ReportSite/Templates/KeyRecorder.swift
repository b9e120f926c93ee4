import Mustache

/// Wraps a view model for rendering and records every key a template asks for that no enclosing
/// view model has: the trap of Mustache where a misspelt key renders as empty text.
///
/// Mustache looks a key up in the innermost object of its context stack, then in the enclosing
/// ones. A recorder resolves keys the same way along its own chain of enclosing recorders, so the
/// innermost recorder knows whether a key exists anywhere. A property that exists but is `nil`
/// resolves to ``MissingValue`` (renders as nothing, a false section) instead of falling through
/// to an enclosing object's property of the same name. Dotted names (`a.b`) also fall back to the
/// enclosing objects when `a` lacks `b`.
final class KeyRecorder: MustacheParent {
  private let fields: [String: Any]
  private let parent: KeyRecorder?
  private let log: MissingKeyLog

  init(_ value: Any, parent: KeyRecorder?, log: MissingKeyLog) {
    var fields: [String: Any] = [:]
    for child in Mirror(reflecting: value).children {
      if let label = child.label { fields[label] = child.value }
    }
    self.fields = fields
    self.parent = parent
    self.log = log
  }

  func child(named name: String) -> Any? {
    var scope: KeyRecorder? = self
    while let current = scope {
      if let value = current.fields[name] { return wrap(value) }
      scope = current.parent
    }
    log.record(name)
    return nil
  }

  /// Scalars as they are, optionals unwrapped, collections element by element, and structs in
  /// a recorder whose enclosing scope is this one.
  private func wrap(_ value: Any) -> Any {
    switch value {
    case is String, is Bool, is Int, is Double: return value
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      guard let wrapped = mirror.children.first?.value else { return MissingValue() }
      return wrap(wrapped)
    case .collection, .set:
      return mirror.children.map { wrap($0.value) }
    case .struct, .class:
      return KeyRecorder(value, parent: self, log: log)
    default:
      return value
    }
  }
}
