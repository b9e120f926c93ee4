/// One value as a scope (the root view model, a nested view model, a scalar); the renderer
/// pairs it with index -1. Fields are read from `value` in place, without copying it.
@usableFromInline
final class ValueBox<Value>: AnyScope {
  @usableFromInline let value: Value

  @inlinable
  init(_ value: Value) { self.value = value }
}
