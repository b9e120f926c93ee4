import SiteOutput

/// The postings of some of the search index's bigrams: for each bigram (by its id in
/// ``BigramIDs``), every place it starts, as task position and ordinal, in task order and,
/// within a task, in ordinal order.
///
/// The places are collected in two walks over the narratives: the first gives each occurrence
/// its bigram's id and counts them, the second puts each place at its bigram's next free
/// slot of two flat arrays (a counting sort, stable, so the order of the walk is kept). No
/// array per bigram, no dictionary lookup but the one id per occurrence.
struct BigramPostings {
  /// The bigram of each id.
  let keys: [UInt32]
  /// `starts[id]..<starts[id + 1]` are the places of bigram `id` in `tasks` and `ordinals`.
  private let starts: [Int]
  private let tasks: [Int32]
  private let ordinals: [Int32]

  /// Collects what `walk` visits; `walk` must visit the same bigrams in the same order each
  /// time it is called (it is called twice).
  init(walk: (_ visit: (_ key: UInt32, _ task: Int32, _ ordinal: Int32) -> Void) -> Void) {
    var ids = BigramIDs()
    var occurrenceIDs: [Int32] = []
    walk { key, _, _ in occurrenceIDs.append(Int32(ids.id(of: key))) }
    var starts = Array(repeating: 0, count: ids.count + 1)
    for id in occurrenceIDs { starts[Int(id) + 1] += 1 }
    for id in 0..<ids.count { starts[id + 1] += starts[id] }
    var next = starts
    var tasks = Array(repeating: Int32(0), count: occurrenceIDs.count)
    var ordinals = Array(repeating: Int32(0), count: occurrenceIDs.count)
    var occurrence = 0
    walk { _, task, ordinal in
      let id = Int(occurrenceIDs[occurrence])
      occurrence += 1
      let slot = next[id]
      next[id] = slot + 1
      tasks[slot] = task
      ordinals[slot] = ordinal
    }
    keys = ids.keys
    self.starts = starts
    self.tasks = tasks
    self.ordinals = ordinals
  }

  /// Calls `body` with each bigram, in the order of ids, and its places as
  /// `task << 32 | ordinal`, in order (see ``BigramPlaces``).
  func forEachBigram(_ body: (_ key: UInt32, _ places: [UInt64]) -> Void) {
    for id in keys.indices {
      body(
        keys[id],
        (starts[id]..<starts[id + 1]).map { UInt64(tasks[$0]) << 32 | UInt64(ordinals[$0]) })
    }
  }

  /// The JSON of the bigrams `ids`, in that order:
  /// `[[bigram, Δtask, count, Δordinal …, Δtask, …], …]`, each task's ordinals counted from 0.
  /// Written as `PrettyJSON` writes it compact (a bigram that needs escaping goes through
  /// `PrettyJSON`), straight into the string: its length is counted first, so that the bytes
  /// (mostly commas and one-digit numbers) are written without a check per byte.
  func json(_ ids: [Int]) -> String {
    var length = 2 + max(0, ids.count - 1)
    for id in ids {
      length += 2 + Self.stringLength(keys[id])
      forEachRun(of: id) { taskStep, slots in
        length += 2 + DecimalText.count(taskStep) + DecimalText.count(slots.count)
        var previous = 0
        for slot in slots {
          let ordinal = Int(ordinals[slot])
          length += 1 + DecimalText.count(ordinal - previous)
          previous = ordinal
        }
      }
    }
    return String(unsafeUninitializedCapacity: length) { buffer in
      let written = write(ids, to: buffer)
      precondition(written == length, "the bigram JSON's length was counted wrong")
      return written
    }
  }

  /// Writes ``json(_:)`` of `ids` to `buffer`, which has room for it; returns its length.
  private func write(_ ids: [Int], to buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var at = 0
    buffer[at] = UInt8(ascii: "[")
    at += 1
    for (position, id) in ids.enumerated() {
      if position > 0 {
        buffer[at] = UInt8(ascii: ",")
        at += 1
      }
      buffer[at] = UInt8(ascii: "[")
      at = Self.writeString(keys[id], to: buffer, at: at + 1)
      forEachRun(of: id) { taskStep, slots in
        buffer[at] = UInt8(ascii: ",")
        at = Self.writeDecimal(taskStep, to: buffer, at: at + 1)
        buffer[at] = UInt8(ascii: ",")
        at = Self.writeDecimal(slots.count, to: buffer, at: at + 1)
        var previous = 0
        for slot in slots {
          let ordinal = Int(ordinals[slot])
          buffer[at] = UInt8(ascii: ",")
          at = Self.writeDecimal(ordinal - previous, to: buffer, at: at + 1)
          previous = ordinal
        }
      }
      buffer[at] = UInt8(ascii: "]")
      at += 1
    }
    buffer[at] = UInt8(ascii: "]")
    return at + 1
  }

  /// Calls `body` for each run of the postings of bigram `id` that share a task, in order, with
  /// the task's step from the previous run's task (from 0 for the first) and the run's slots,
  /// for ``json(_:)`` to count and then write the same walk.
  @inline(__always)
  private func forEachRun(of id: Int, _ body: (_ taskStep: Int, _ slots: Range<Int>) -> Void) {
    var place = starts[id]
    let end = starts[id + 1]
    var previousTask = 0
    while place < end {
      let task = Int(tasks[place])
      var runEnd = place + 1
      while runEnd < end, Int(tasks[runEnd]) == task { runEnd += 1 }
      body(task - previousTask, place..<runEnd)
      previousTask = task
      place = runEnd
    }
  }

  /// Writes `value`'s decimal digits (and sign) at `at`; returns where they end.
  @inline(__always)
  private static func writeDecimal(
    _ value: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at: Int
  ) -> Int {
    if value >= 0, value < 10 {
      buffer[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)
      return at + 1
    }
    guard value >= 0 else {
      var at = at
      for byte in String(value).utf8 {
        buffer[at] = byte
        at += 1
      }
      return at
    }
    let end = at + DecimalText.count(value)
    var rest = value
    var position = end
    repeat {
      position -= 1
      buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
      rest /= 10
    } while rest > 0
    return end
  }

  /// The bigram `key` (two UTF-16 units, neither a surrogate) as a JSON string when it needs
  /// escaping (a unit is a control character, `"` or `\\`), as `PrettyJSON` escapes it; nil
  /// when it is its UTF-8 bytes in quotes.
  private static func escapedString(_ key: UInt32) -> [UInt8]? {
    let (first, second) = (UInt16(key >> 16), UInt16(key & 0xFFFF))
    func isPlain(_ unit: UInt16) -> Bool {
      unit >= 0x20 && unit != 0x22 && unit != 0x5C && !(0xD800...0xDFFF).contains(unit)
    }
    if isPlain(first), isPlain(second) { return nil }
    var json = PrettyJSON(capacity: 16, compact: true)
    json.string(String(decoding: [first, second], as: UTF16.self))
    return json.bytes
  }

  /// How many bytes ``writeString(_:to:at:)`` writes for `key`.
  private static func stringLength(_ key: UInt32) -> Int {
    if let escaped = escapedString(key) { return escaped.count }
    return 2 + utf8Length(UInt16(key >> 16)) + utf8Length(UInt16(key & 0xFFFF))
  }

  /// Writes the bigram `key` as a JSON string at `at`; returns where it ends.
  private static func writeString(
    _ key: UInt32, to buffer: UnsafeMutableBufferPointer<UInt8>, at: Int
  ) -> Int {
    var at = at
    if let escaped = escapedString(key) {
      for byte in escaped {
        buffer[at] = byte
        at += 1
      }
      return at
    }
    buffer[at] = UInt8(ascii: "\"")
    at = writeUTF8(UInt16(key >> 16), to: buffer, at: at + 1)
    at = writeUTF8(UInt16(key & 0xFFFF), to: buffer, at: at)
    buffer[at] = UInt8(ascii: "\"")
    return at + 1
  }

  /// The UTF-8 length of `unit`, a scalar of the Basic Multilingual Plane.
  private static func utf8Length(_ unit: UInt16) -> Int {
    unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
  }

  /// Writes the UTF-8 bytes of `unit`, a scalar of the Basic Multilingual Plane, at `at`;
  /// returns where they end.
  @inline(__always)
  private static func writeUTF8(
    _ unit: UInt16, to buffer: UnsafeMutableBufferPointer<UInt8>, at: Int
  ) -> Int {
    switch unit {
    case 0..<0x80:
      buffer[at] = UInt8(unit)
      return at + 1
    case 0x80..<0x800:
      buffer[at] = 0xC0 | UInt8(unit >> 6)
      buffer[at + 1] = 0x80 | UInt8(unit & 0x3F)
      return at + 2
    default:
      buffer[at] = 0xE0 | UInt8(unit >> 12)
      buffer[at + 1] = 0x80 | UInt8((unit >> 6) & 0x3F)
      buffer[at + 2] = 0x80 | UInt8(unit & 0x3F)
      return at + 3
    }
  }
}
