import Foundation

extension OpenData {
  /// Pretty-printed JSON with sorted keys and a final newline: the bytes `JSONEncoder` gives
  /// (see ``encodedByJSONEncoder()``), written directly by ``PrettyJSON``. Keys below are in
  /// sorted order.
  func encoded() -> Data {
    var data = Data()
    encode { data.append(contentsOf: $0) }
    return data
  }

  /// The bytes of ``encoded()``, handed to `sink` in pieces of about ``pieceSize`` bytes as
  /// they are made, so that the whole file is never in memory.
  func encode(_ sink: ([UInt8]) throws -> Void) rethrows {
    var json = PrettyJSON(capacity: Self.pieceSize + (Self.pieceSize >> 2))
    encodeHead(into: &json)
    for task in tasks {
      json.element()
      Self.write(task, to: &json)
      if json.bytes.count >= Self.pieceSize { try sink(json.takeBytes()) }
    }
    encodeTail(into: &json)
    try sink(json.takeBytes())
  }

  /// Writes everything before the tasks' elements: the writer is left inside the open array
  /// of ``tasks``.
  func encodeHead(into json: inout PrettyJSON) {
    json.beginObject()
    json.key("changes")
    json.beginArray()
    for change in changes {
      json.element()
      json.beginObject()
      json.key("after")
      Self.write(change.after, to: &json)
      json.key("before")
      Self.write(change.before, to: &json)
      json.key("kind")
      json.string(change.kind)
      json.key("number")
      json.int(change.number)
      json.endObject()
    }
    json.endArray()
    json.key("publisher")
    json.string(publisher)
    if let reports {
      json.key("reports")
      json.beginArray()
      for report in reports {
        json.element()
        json.beginObject()
        json.key("id")
        json.string(report.id)
        json.key("title")
        json.string(report.title)
        json.key("url")
        json.string(report.url)
        json.endObject()
      }
      json.endArray()
    }
    json.key("round")
    json.string(round)
    json.key("rounds")
    json.beginArray()
    for round in rounds {
      json.element()
      json.beginObject()
      if let date = round.date {
        json.key("date")
        json.string(date)
      }
      json.key("id")
      json.string(round.id)
      json.key("metadata")
      json.beginArray()
      for item in round.metadata {
        json.element()
        json.beginObject()
        json.key("key")
        json.string(item.key)
        json.key("value")
        json.string(item.value)
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.key("sections")
    json.beginArray()
    for section in sections {
      json.element()
      json.beginObject()
      json.key("number")
      json.int(section.number)
      json.key("subsections")
      json.beginArray()
      for subsection in section.subsections {
        json.element()
        json.beginObject()
        json.key("number")
        json.int(subsection.number)
        json.key("title")
        json.string(subsection.title)
        json.endObject()
      }
      json.endArray()
      json.key("title")
      json.string(section.title)
      json.endObject()
    }
    json.endArray()
    json.key("tasks")
    json.beginArray()
  }

  /// Writes everything after the tasks' elements (see ``encodeHead(into:)``), up to the final
  /// newline.
  func encodeTail(into json: inout PrettyJSON) {
    json.endArray()
    json.key("title")
    json.string(title)
    json.key("units")
    json.beginArray()
    for unit in units {
      json.element()
      json.beginObject()
      json.key("aliases")
      json.strings(unit.aliases)
      json.key("name")
      json.string(unit.name)
      json.key("slug")
      json.string(unit.slug)
      json.key("url")
      json.string(unit.url)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.newline()
  }

  /// About how many bytes ``encode(_:)`` hands over at a time.
  static let pieceSize = 1 << 20

  /// Writes `task`'s object; returns where the bytes of the badge's and the page's addresses
  /// begin (after their opening quotes).
  @discardableResult
  static func write(_ task: Task, to json: inout PrettyJSON) -> (badge: Int, url: Int) {
    json.beginObject()
    json.key("badge")
    let badge = json.bytes.count + 1
    json.string(task.badge)
    json.key("due")
    json.string(task.due)
    json.key("dueAsWritten")
    json.string(task.dueAsWritten)
    json.key("earlierPeriods")
    json.beginArray()
    for earlier in task.earlierPeriods {
      json.element()
      json.beginObject()
      json.key("narrative")
      json.string(earlier.narrative)
      json.key("period")
      json.string(earlier.period)
      json.endObject()
    }
    json.endArray()
    json.key("history")
    json.beginArray()
    for item in task.history {
      json.element()
      json.beginObject()
      json.key("narrative")
      json.string(item.narrative)
      json.key("round")
      json.string(item.round)
      json.key("status")
      Self.write(item.status, to: &json)
      json.endObject()
    }
    json.endArray()
    json.key("leaders")
    json.strings(task.leaders)
    json.key("narrative")
    json.string(task.narrative)
    json.key("note")
    json.string(task.note)
    json.key("number")
    json.int(task.number)
    json.key("overdue")
    json.bool(task.overdue)
    json.key("period")
    json.string(task.period)
    json.key("roles")
    json.strings(task.roles)
    json.key("section")
    json.int(task.section)
    json.key("status")
    Self.write(task.status, to: &json)
    json.key("subsection")
    json.int(task.subsection)
    json.key("text")
    json.string(task.text)
    json.key("units")
    json.strings(task.units)
    json.key("unitsAsWritten")
    json.strings(task.unitsAsWritten)
    json.key("url")
    let url = json.bytes.count + 1
    json.string(task.url)
    json.endObject()
    return (badge, url)
  }

  private static func write(_ status: Status?, to json: inout PrettyJSON) {
    guard let status else { return json.null() }
    json.beginObject()
    json.key("category")
    json.string(status.category)
    json.key("label")
    json.string(status.label)
    json.endObject()
  }

  /// The same bytes through `JSONEncoder`, the reference for ``encoded()``.
  func encodedByJSONEncoder() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }
}
