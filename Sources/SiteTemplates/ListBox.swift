/// A list whose elements are scopes, one after the other, at indexes 0, 1, …: one box per
/// section, and no element is copied out of the list to be read.
@usableFromInline
final class ListBox<Value>: AnyScope {
  @usableFromInline let values: ArraySlice<Value>

  @inlinable
  init(_ values: [Value]) { self.values = values[...] }
}
