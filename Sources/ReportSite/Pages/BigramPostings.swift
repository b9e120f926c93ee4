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
  func json(_ ids: [Int]) -> String {
    var json = PrettyJSON(capacity: 1 << 16, compact: true)
    json.beginArray()
    for id in ids {
      let key = keys[id]
      json.element()
      json.beginArray()
      json.element()
      json.string(String(decoding: [UInt16(key >> 16), UInt16(key & 0xFFFF)], as: UTF16.self))
      var place = starts[id]
      let end = starts[id + 1]
      var previousTask = 0
      while place < end {
        let task = Int(tasks[place])
        var runEnd = place + 1
        while runEnd < end, Int(tasks[runEnd]) == task { runEnd += 1 }
        json.element()
        json.int(task - previousTask)
        json.element()
        json.int(runEnd - place)
        previousTask = task
        var previous = 0
        for slot in place..<runEnd {
          json.element()
          json.int(Int(ordinals[slot]) - previous)
          previous = Int(ordinals[slot])
        }
        place = runEnd
      }
      json.endArray()
    }
    json.endArray()
    return String(decoding: json.bytes, as: UTF8.self)
  }
}
