#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension KeyTask {
  /// The places of `second`'s tasks that do not hold the very values of `first`'s at the
  /// same place, in every field: the same numbers, and the same storage
  /// of every text and list, bit for bit (storage that two values share cannot change), so
  /// that those fields are equal, byte for byte. Tasks equal but held apart are listed: a
  /// caller compares those otherwise. The lists must be as long. Each field is compared in
  /// place (a task copied out of its list retains each of its fields).
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
        && first[place].extras.box === second[place].extras.box
        && sameBits(first[place].locations, second[place].locations))
    }
  }

  /// Whether `first` and `second` are the same bits: for a text, a list or the locations (no
  /// padding), the same storage or the same small text.
  private static func sameBits<Value>(_ first: Value, _ second: Value) -> Bool {
    withUnsafeBytes(of: first) { one in
      withUnsafeBytes(of: second) { other in
        one.count == other.count && memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0
      }
    }
  }
}
