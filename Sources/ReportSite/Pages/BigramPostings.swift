import SiteTemplates

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

  /// The JSON of the bigrams `ids`, in that order:
  /// `[[bigram, Δtask, count, Δordinal …, Δtask, …], …]`, each task's ordinals counted from 0.
  /// Written byte by byte, as `PrettyJSON` writes it compact (a bigram that needs escaping goes
  /// through `PrettyJSON`): most of a posting list is commas and one-digit numbers.
  func json(_ ids: [Int]) -> String {
    var bytes: [UInt8] = []
    var postings = 0
    for id in ids { postings += starts[id + 1] - starts[id] }
    bytes.reserveCapacity(3 * postings + 16 * ids.count + 2)
    bytes.append(UInt8(ascii: "["))
    for (position, id) in ids.enumerated() {
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(UInt8(ascii: "["))
      Self.appendString(keys[id], to: &bytes)
      var place = starts[id]
      let end = starts[id + 1]
      var previousTask = 0
      while place < end {
        let task = Int(tasks[place])
        var runEnd = place + 1
        while runEnd < end, Int(tasks[runEnd]) == task { runEnd += 1 }
        bytes.append(UInt8(ascii: ","))
        DecimalText.append(task - previousTask, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        DecimalText.append(runEnd - place, to: &bytes)
        previousTask = task
        var previous = 0
        for slot in place..<runEnd {
          let ordinal = Int(ordinals[slot])
          bytes.append(UInt8(ascii: ","))
          DecimalText.append(ordinal - previous, to: &bytes)
          previous = ordinal
        }
        place = runEnd
      }
      bytes.append(UInt8(ascii: "]"))
    }
    bytes.append(UInt8(ascii: "]"))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The bigram `key` (two UTF-16 units, neither a surrogate) as a JSON string: its UTF-8
  /// bytes in quotes, or as `PrettyJSON` escapes it when a unit is a control character, `"`
  /// or `\`.
  private static func appendString(_ key: UInt32, to bytes: inout [UInt8]) {
    let first = UInt16(key >> 16)
    let second = UInt16(key & 0xFFFF)
    func isPlain(_ unit: UInt16) -> Bool {
      unit >= 0x20 && unit != 0x22 && unit != 0x5C && !(0xD800...0xDFFF).contains(unit)
    }
    guard isPlain(first), isPlain(second) else {
      var json = PrettyJSON(capacity: 16, compact: true)
      json.string(String(decoding: [first, second], as: UTF16.self))
      bytes.append(contentsOf: json.bytes)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    appendUTF8(first, to: &bytes)
    appendUTF8(second, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// The UTF-8 bytes of `unit`, a scalar of the Basic Multilingual Plane.
  @inline(__always)
  private static func appendUTF8(_ unit: UInt16, to bytes: inout [UInt8]) {
    switch unit {
    case 0..<0x80:
      bytes.append(UInt8(unit))
    case 0x80..<0x800:
      bytes.append(0xC0 | UInt8(unit >> 6))
      bytes.append(0x80 | UInt8(unit & 0x3F))
    default:
      bytes.append(0xE0 | UInt8(unit >> 12))
      bytes.append(0x80 | UInt8((unit >> 6) & 0x3F))
      bytes.append(0x80 | UInt8(unit & 0x3F))
    }
  }
}
