/// A scope on the renderer's stack: one value in a ``ValueBox``, or one element of a list in a
/// ``ListBox`` (at an index the renderer keeps beside the box).
@usableFromInline
class AnyScope {
  @usableFromInline init() {}
}

/// Reads the value a scope holds: `index` -1 for a ``ValueBox``, else the element `index` of a
/// ``ListBox``, lent to `body` in place (through the list's span) rather than copied out.
///
/// A scope of a type is made only as a box of that type (see ``FieldReader``), so reading it
/// back as that type is safe.
@inlinable @inline(__always)
func withScopeValue<Root, Result>(
  _ owner: AnyScope, _ index: Int, _ body: (Root) -> Result
) -> Result {
  guard index >= 0 else { return body(unsafeDowncast(owner, to: ValueBox<Root>.self).value) }
  let values = unsafeDowncast(owner, to: ListBox<Root>.self).values
  return body(values.span[index])
}
