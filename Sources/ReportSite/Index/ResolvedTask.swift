import ReportModel

/// A task with its status and units resolved against site.yml, once per build.
///
/// A class, so that the pages that read a task share it rather than copy its many fields.
final class ResolvedTask: Sendable {
  let task: KeyTask
  let status: StatusDefinition
  /// Canonical unit names, the leads first, each once.
  let units: [String]
  /// How many of `units`, from the first, lead the task (one when the report states no role).
  let leadCount: Int

  init(task: KeyTask, status: StatusDefinition, units: [String], leadCount: Int) {
    self.task = task
    self.status = status
    self.units = units
    self.leadCount = leadCount
  }

  /// The units that lead, joined by `、`; nil for a task without units.
  var leads: String? {
    leadCount > 0 ? units.prefix(leadCount).joined(separator: "、") : nil
  }

  /// The units that work with the leads, joined by `、`; nil when there are none.
  var partners: String? {
    units.count > leadCount ? units.dropFirst(leadCount).joined(separator: "、") : nil
  }

  var number: Int { task.number }
  var category: StatusCategory { status.category }
}
