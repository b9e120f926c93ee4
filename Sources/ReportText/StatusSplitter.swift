import ReportModel

/// Finds where the status words end in what follows `贯彻落实情况:`.
struct StatusSplit: Equatable {
  /// The status as written.
  var status: String
  /// What ends the status: `。`, another punctuation mark, or nothing.
  var terminator: String
  /// The rest of the line: the narrative's first line.
  var remainder: String
}

enum StatusSplitter {
  static let terminators: PunctuationSet = ["。", "．", ",", "，", ";", "；"]
  /// The most characters a status with its plan is looked for in.
  static let longestStatus = 40

  /// Splits `rest` at the end of its status. The status is the text before the first `。`,
  /// whole: a known status, or one followed by a plan (`推进中,计划11月底前完成`). When it is
  /// neither, the longest start up to punctuation that is a status with a plan is taken
  /// (`推进中,计划11月底前完成,目前已完成招标`), else a known status that starts the text and ends
  /// at punctuation (`已完成,全面落实…`); either only when no plan words follow it
  /// (`推进中,计划明年完成`): a plan is never cut from its status, and the whole is reported as an
  /// unknown status instead.
  static func split(_ rest: String, vocabulary: StatusVocabulary) -> StatusSplit {
    let beforeStop: Substring
    let afterStop: Substring?
    if let stop = rest.firstIndex(of: "。") {
      beforeStop = rest[..<stop]
      afterStop = rest[rest.index(after: stop)...]
    } else {
      beforeStop = rest[...]
      afterStop = nil
    }
    if vocabulary.definition(for: String(beforeStop)) != nil {
      return StatusSplit(
        status: String(beforeStop), terminator: afterStop == nil ? "" : "。",
        remainder: String(afterStop ?? ""))
    }
    // A status with a plan, then more words before the `。` (`推进中,计划11月底前完成,目前已…`):
    // the longest start, up to punctuation, that is a status. Statuses are short.
    let boundaries = beforeStop.prefix(longestStatus).indices.filter {
      terminators.contains(beforeStop[$0])
    }
    for boundary in boundaries.reversed() {
      let status = beforeStop[..<boundary]
      let after = rest[rest.index(after: boundary)...]
      guard StatusPlan.read(String(status), vocabulary: vocabulary) != nil,
        !StatusPlan.startsAPlan(after.prefix { $0 != "。" })
      else { continue }
      return StatusSplit(
        status: String(status), terminator: String(beforeStop[boundary]),
        remainder: String(after))
    }
    if let (_, length) = vocabulary.longestPrefix(of: rest[...]) {
      let after = rest.dropFirst(length)
      if after.isEmpty {
        return StatusSplit(status: rest, terminator: "", remainder: "")
      }
      if let mark = after.first, terminators.contains(mark),
        !StatusPlan.startsAPlan(after.dropFirst().prefix { $0 != "。" })
      {
        return StatusSplit(
          status: String(rest.prefix(length)), terminator: String(mark),
          remainder: String(after.dropFirst()))
      }
    }
    return StatusSplit(
      status: String(beforeStop), terminator: afterStop == nil ? "" : "。",
      remainder: String(afterStop ?? ""))
  }
}
