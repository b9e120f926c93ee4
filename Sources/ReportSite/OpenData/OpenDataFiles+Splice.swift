import SiteOutput

extension OpenDataFiles {
  /// Writes `made`, a file of `shape` that differs from `old`, the file the session wrote at
  /// the same path of the old site (its size the one the old site's record lists), copying
  /// from the old file, inside the kernel, the bytes of its head, tail and each row that are
  /// the same (a row equal to the old file's row at the same position, written alike): an
  /// edit of one narrative writes one row's bytes of each file, not the whole file. When the
  /// old site has no such file of that size, every byte is written. Returns where the rows
  /// begin and end in the file written (see ``KeptOpenDataFile/rowBounds``).
  static func splice(
    _ made: KeptOpenDataFile, shape: Shape, from old: KeptOpenDataFile, output: OutputDirectory,
    session: BuildSession
  ) throws -> [Int]? {
    var file = made
    var ends: [Int] = []
    ends.reserveCapacity(made.rows.count)
    var copied = 0
    try output.write(to: shape.path, copyingFromOld: old.size) { writer in
      let copies = writer.copiesFromOld
      // Bytes to write and a range of the old file to copy, in that order, gathered until
      // the next piece cannot join them.
      var pending: [UInt8] = []
      var copy: Range<Int>?
      func take(_ range: Range<Int>) throws {
        if let last = copy, last.upperBound == range.lowerBound {
          copy = last.lowerBound..<range.upperBound
          return
        }
        try flush()
        copy = range
      }
      func flush() throws {
        if let range = copy {
          try writer.copyFromOld(range)
          copied += range.count
          copy = nil
        }
        if !pending.isEmpty {
          try writer.append(pending)
          pending.removeAll(keepingCapacity: true)
        }
      }
      func add(_ bytes: [UInt8]) throws {
        if copy != nil { try flush() }
        pending.append(contentsOf: bytes)
        if pending.count >= OutputFileWriter.chunkSize { try flush() }
      }
      if copies && made.head == old.head {
        try take(0..<old.head.count)
      } else {
        try add(made.head)
      }
      var offset = made.head.count
      for position in made.rows.indices {
        if copies && old.hasSameRow(position, as: made) {
          let range = old.range(ofRow: position)
          try take(range)
          offset += range.count
        } else {
          if copy != nil { try flush() }
          let before = pending.count
          shape.append(made.rows[position], at: position, to: &pending)
          offset += pending.count - before
          if pending.count >= OutputFileWriter.chunkSize { try flush() }
        }
        ends.append(offset)
      }
      if copies && made.tail == old.tail {
        try take((old.ends.last ?? old.head.count)..<old.size)
      } else {
        try add(made.tail)
      }
      try flush()
      file.size = offset + made.tail.count
    }
    file.ends = ends
    session.openData.set(shape.path, file)
    session.countOpenDataCopied(copied)
    return file.rowBounds
  }
}
