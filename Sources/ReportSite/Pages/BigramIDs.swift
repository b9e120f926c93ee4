/// Dense ids for the bigrams of the search index (a bigram is two UTF-16 units,
/// `first << 16 | second`), in the order they are first seen: an open-addressing table with
/// Fibonacci hashing and linear probing. A bigram is looked up once per occurrence, millions
/// of times in a big site's index, where `Dictionary`'s seeded SipHash cost several times more.
struct BigramIDs {
  /// The bigram of each id.
  private(set) var keys: [UInt32] = []
  /// Per slot: the id of the bigram there, plus one; 0 for an empty slot.
  private var slots: [Int32]
  /// `64 - log2(slots.count)`: a key's slot is the top bits of its product.
  private var shift: UInt64

  init() {
    slots = Array(repeating: 0, count: 1 << 12)
    shift = 64 - 12
  }

  var count: Int { keys.count }

  /// The id of `key`, given it the next id if it is new.
  mutating func id(of key: UInt32) -> Int {
    var slot = Self.slot(of: key, shift: shift)
    let mask = slots.count - 1
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      if keys[Int(stored) - 1] == key { return Int(stored) - 1 }
      slot = (slot + 1) & mask
    }
    let id = keys.count
    keys.append(key)
    slots[slot] = Int32(id + 1)
    if keys.count * 2 > slots.count { grow() }
    return id
  }

  private static func slot(of key: UInt32, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Doubles the table, each key at its slot there.
  private mutating func grow() {
    shift -= 1
    slots = Array(repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (id, key) in keys.enumerated() {
      var slot = Self.slot(of: key, shift: shift)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id + 1)
    }
  }
}
