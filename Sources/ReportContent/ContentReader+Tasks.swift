import ReportModel

extension ContentReader {
  /// A task file's result as `read` gave it.
  typealias TaskRead = (task: KeyTask?, diagnostics: [Diagnostic])

  /// The tasks of the task files `names` of the round folder `folder` (at `paths`), in the
  /// order of their numbers (files of one number in the files' order), and the files'
  /// diagnostics in the files' order. Each file is read by `read`, or taken from ``parsed``
  /// or ``cache``; with a cache and a watcher's word, the files of a folder whose names are
  /// those of the last read are taken as that read assembled them, but for the files the
  /// watcher does not vouch for, each looked up as before (see ``ContentCache/KeptFolder``).
  func tasks(
    in folder: String, names: [String], paths: [String],
    read: @escaping @Sendable (String) -> TaskRead
  ) -> (tasks: [KeyTask], diagnostics: [Diagnostic]) {
    let keeps = parsed == nil && preloaded.isEmpty
    if keeps, let cache, let (kept, check) = cache.keptFolder(folder, names: names),
      let tasks = Self.tasks(kept, checking: check, paths: paths, cache: cache, read: read)
    {
      return tasks
    }
    let preloaded = preloaded
    let cache = cache
    let parsed = parsed
    let kept = parsed?.kept(inFolder: folder) ?? [:]
    var results = parallelMap(Array(paths.indices)) { offset -> TaskRead in
      let path = paths[offset]
      if let parsed {
        return parsed.task(
          at: path, kept: kept[names[offset]], fromPreloaded: { preloaded[path] != nil },
          read: read)
      }
      guard let cache, preloaded[path] == nil else { return read(path) }
      return cache.task(at: path, read: read)
    }
    var tasks: [KeyTask] = []
    tasks.reserveCapacity(results.count)
    var diagnostics: [[Diagnostic]] = []
    diagnostics.reserveCapacity(results.count)
    var places: [Int] = []
    places.reserveCapacity(results.count)
    for offset in results.indices {
      // Moved out of the results rather than copied: a task holds many references.
      var result: TaskRead = (nil, [])
      swap(&result, &results[offset])
      // Taken out, not copied (a copy retains each of the task's many references).
      guard let task = result.task.take() else {
        diagnostics.append(result.diagnostics)
        places.append(-1)
        continue
      }
      diagnostics.append(
        result.diagnostics + Self.nameWarnings(task, name: names[offset], path: paths[offset]))
      places.append(tasks.count)
      tasks.append(task)
    }
    // Sorted by number, each file's place followed (a stable sort of the places).
    let order = tasks.indices.sorted {
      (tasks[$0].number, $0) < (tasks[$1].number, $1)
    }
    var placeOfTask = Array(repeating: 0, count: tasks.count)
    for (place, task) in order.enumerated() { placeOfTask[task] = place }
    let sorted = order.map { tasks[$0] }
    places = places.map { $0 < 0 ? -1 : placeOfTask[$0] }
    if keeps, let cache {
      cache.keep(
        ContentCache.KeptFolder(
          names: names, tasks: sorted, places: places, diagnostics: diagnostics),
        of: folder, paths: paths)
    }
    return (sorted, diagnostics.flatMap { $0 })
  }

  /// The tasks of `kept` with the files `check` looked up again: nil when one of them no
  /// longer gives a task of the number it gave (the tasks must then be sorted again).
  private static func tasks(
    _ kept: ContentCache.KeptFolder, checking check: [Int], paths: [String],
    cache: ContentCache, read: @escaping @Sendable (String) -> TaskRead
  ) -> (tasks: [KeyTask], diagnostics: [Diagnostic])? {
    let results = parallelMap(check) { cache.task(at: paths[$0], read: read) }
    var tasks = kept.tasks
    var diagnostics = kept.diagnostics
    for (file, result) in zip(check, results) {
      let place = kept.places[file]
      guard place >= 0, let task = result.task, task.number == tasks[place].number else {
        return nil
      }
      diagnostics[file] =
        result.diagnostics + nameWarnings(task, name: kept.names[file], path: paths[file])
      tasks[place] = task
    }
    return (tasks, diagnostics.flatMap { $0 })
  }

  /// The warning that task `task`, read from the file `name` at `path`, is not in the file
  /// of its number; none when it is.
  private static func nameWarnings(_ task: KeyTask, name: String, path: String) -> [Diagnostic] {
    guard name != "\(task.number).md" else { return [] }
    return [
      .warning(
        task.fieldLocations[.number] ?? SourceLocation(path: path),
        "task \(task.number) is in a file named \(name)",
        notes: ["rename the file to \(task.number).md so that it is easy to find"])
    ]
  }
}
