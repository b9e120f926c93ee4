import ReportModel

/// A task with its status and units resolved against site.yml, once per build.
struct ResolvedTask: Sendable {
  let task: KeyTask
  let status: StatusDefinition
  /// Canonical unit names, the lead first, each once.
  let units: [String]

  var number: Int { task.number }
  var category: StatusCategory { status.category }
}
