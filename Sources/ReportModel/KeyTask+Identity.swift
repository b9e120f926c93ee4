#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension KeyTask {
  /// Whether `other` holds the very values of this task in every field but the locations:
  /// the same numbers, and the same storage of every text and list, bit for bit (storage
  /// that two values share cannot change). Then those fields are equal, byte for byte.
  /// Values equal but held apart are not the same: a caller compares those otherwise.
  public func holdsTheSameValues(as other: KeyTask) -> Bool {
    number == other.number && section == other.section && subsection == other.subsection
      && Self.sameBits(text, other.text) && Self.sameBits(status, other.status)
      && Self.sameBits(narrative, other.narrative) && Self.sameBits(units, other.units)
      && Self.sameBits(unitRoles, other.unitRoles) && extras.box === other.extras.box
  }

  /// The places of `second`'s tasks that do not hold the very values of `first`'s at the
  /// same place (see ``holdsTheSameValues(as:)``), in order; the lists must be as long. Each
  /// field is compared in place (a task copied out of its list retains each of its fields).
  public static func placesNotHoldingTheSameValues(_ first: [KeyTask], _ second: [KeyTask])
    -> [Int]
  {
    precondition(first.count == second.count, "lists of tasks of different lengths")
    return first.indices.filter { place in
      !(first[place].number == second[place].number
        && first[place].section == second[place].section
        && first[place].subsection == second[place].subsection
        && sameBits(first[place].text, second[place].text)
        && sameBits(first[place].status, second[place].status)
        && sameBits(first[place].narrative, second[place].narrative)
        && sameBits(first[place].units, second[place].units)
        && sameBits(first[place].unitRoles, second[place].unitRoles)
        && first[place].extras.box === second[place].extras.box)
    }
  }

  /// Whether `first` and `second` are the same bits: for a text or a list (no padding), the
  /// same storage or the same small text.
  private static func sameBits<Value>(_ first: Value, _ second: Value) -> Bool {
    withUnsafeBytes(of: first) { one in
      withUnsafeBytes(of: second) { other in
        one.count == other.count && memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0
      }
    }
  }
}
