import ReportModel

/// A task with its status and units resolved against site.yml, once per build.
///
/// A class, so that the pages that read a task share it rather than copy its many fields.
final class ResolvedTask: Sendable {
  let task: KeyTask
  let status: StatusDefinition
  /// Canonical unit names, the lead first, each once.
  let units: [String]

  init(task: KeyTask, status: StatusDefinition, units: [String]) {
    self.task = task
    self.status = status
    self.units = units
  }

  var number: Int { task.number }
  var category: StatusCategory { status.category }
}
