/// Where a task, each of its fields and each of its units were read from, for diagnostics.
///
/// Kept compactly: a task has about twenty such places, nearly always in one file. As a
/// dictionary of ``SourceLocation``s they took about 1.1 KB a task (110 MiB of a build of
/// 100,000 tasks); here the file's path is kept once and each place as two 32-bit numbers.
/// A place in another file, or whose line or column does not fit, is kept whole.
///
/// Two values are equal when they give the same places, however they were stored.
public struct TaskLocations: Hashable, Sendable {
  /// The path of the places kept as numbers.
  private var path = ""
  /// Line and column of each slot (see ``slot(of:)``), `UInt32.max` twice for no place; empty
  /// while no place is known, else long enough for every field and unit.
  private var numbers: [UInt32] = []
  /// The places not kept as numbers, by slot.
  private var elsewhere: [Int: SourceLocation] = [:]

  /// The slots before the units': the task's own, then one per ``TaskField``.
  private static let fieldSlots = 1 + TaskField.allCases.count
  private static let none = UInt32.max

  public init() {}

  /// Where the task itself was read from.
  public var task: SourceLocation? {
    get { self[slot: 0] }
    set { self[slot: 0] = newValue }
  }

  /// Where `field` was read from.
  public subscript(field: TaskField) -> SourceLocation? {
    get { self[slot: 1 + field.ordinal] }
    set { self[slot: 1 + field.ordinal] = newValue }
  }

  /// How many units have a place.
  public var unitCount: Int { numbers.isEmpty ? 0 : numbers.count / 2 - Self.fieldSlots }

  /// Where unit `index` (of the units with a place) was read from.
  public func unit(at index: Int) -> SourceLocation {
    precondition(index >= 0 && index < unitCount, "unit \(index) has no place")
    return self[slot: Self.fieldSlots + index]!
  }

  /// Where each unit was read from, in the order of the task's units.
  public var units: [SourceLocation] {
    get { (0..<unitCount).map(unit(at:)) }
    set {
      for slot in Self.fieldSlots..<(Self.fieldSlots + unitCount) { elsewhere[slot] = nil }
      numbers.removeSubrange(min(numbers.count, 2 * Self.fieldSlots)...)
      reserveUnits(newValue.count)
      for place in newValue { appendUnit(place) }
    }
  }

  /// Makes room for `count` more units' places.
  public mutating func reserveUnits(_ count: Int) {
    numbers.reserveCapacity(2 * (Self.fieldSlots + unitCount + count))
  }

  /// Adds the place of the next unit.
  public mutating func appendUnit(_ place: SourceLocation) {
    self[slot: Self.fieldSlots + unitCount] = place
  }

  /// The place in `slot`: 0 the task's, then the fields', then the units'.
  private subscript(slot slot: Int) -> SourceLocation? {
    get {
      if let place = elsewhere[slot] { return place }
      guard 2 * slot + 1 < numbers.count, numbers[2 * slot] != Self.none else { return nil }
      return SourceLocation(
        path: path, line: Int(numbers[2 * slot]), column: Int(numbers[2 * slot + 1]))
    }
    set {
      if numbers.isEmpty {
        guard let place = newValue else { return }
        path = place.path
      }
      let needed = 2 * max(slot + 1, Self.fieldSlots)
      if numbers.count < needed {
        numbers.append(contentsOf: repeatElement(Self.none, count: needed - numbers.count))
      }
      numbers[2 * slot] = Self.none
      numbers[2 * slot + 1] = Self.none
      // Places elsewhere are rare: no lookup (and no hashing) when there are none.
      if !elsewhere.isEmpty { elsewhere[slot] = nil }
      guard let place = newValue else { return }
      if place.path == path, let line = UInt32(exactly: place.line), line != Self.none,
        let column = UInt32(exactly: place.column)
      {
        numbers[2 * slot] = line
        numbers[2 * slot + 1] = column
      } else {
        elsewhere[slot] = place
      }
    }
  }

  public static func == (lhs: TaskLocations, rhs: TaskLocations) -> Bool {
    guard lhs.unitCount == rhs.unitCount else { return false }
    return (0..<(fieldSlots + lhs.unitCount)).allSatisfy { lhs[slot: $0] == rhs[slot: $0] }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(unitCount)
    for slot in 0..<(Self.fieldSlots + unitCount) { hasher.combine(self[slot: slot]) }
  }
}
