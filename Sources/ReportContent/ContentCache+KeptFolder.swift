import ReportModel

extension ContentCache {
  /// A round folder's task files as the last read that looked each of them up assembled them
  /// (see ``ContentReader``): a later read that finds the same names, on a watcher's word
  /// (see ``ContentCache``), takes the files the watcher vouches for from here, without a
  /// lookup of each, and looks up only the others (see ``keptFolder(_:names:)``).
  struct KeptFolder: Sendable {
    /// The task files' names, in the order the read listed them.
    let names: [String]
    /// The tasks, in the order the read gave them (by number).
    let tasks: [KeyTask]
    /// For each file, its task's place in ``tasks``, or -1 when it gave none.
    let places: [Int]
    /// For each file, the diagnostics the read gave for it.
    let diagnostics: [[Diagnostic]]
    /// The files whose entries the watcher did not vouch for at the end of that read (see
    /// ``ContentCache``): each is looked up again by every read.
    var unvouched: [Int] = []
    /// The names of the files the watcher told changed since.
    var told: Set<String> = []
    /// The read that last made or used it.
    var lastRead = 0

    init(names: [String], tasks: [KeyTask], places: [Int], diagnostics: [[Diagnostic]]) {
      self.names = names
      self.tasks = tasks
      self.places = places
      self.diagnostics = diagnostics
    }

    /// The files that a read that finds the same names must look up: those not vouched for
    /// when it was made and those the watcher told changed since, in the files' order.
    var toCheck: [Int] {
      var files = Set(unvouched)
      for name in told {
        // Few names are told: each is found by a pass over the names.
        for file in names.indices where names[file] == name { files.insert(file) }
      }
      return files.sorted()
    }
  }
}
