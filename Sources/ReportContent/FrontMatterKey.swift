import ReportModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The keys of a task's front matter.
enum FrontMatterKey: Int, CaseIterable {
  case number, section, subsection, task, units, status, due, writtenAs
  case roles, unitMarkers, leaders, dueAsWritten, note, period, earlierPeriods

  /// The key spelled by `bytes`, exactly.
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return nil }
    for key in Self.allCases {
      let name = key.name
      if name.utf8CodeUnitCount == bytes.count, memcmp(name.utf8Start, base, bytes.count) == 0 {
        self = key
        return
      }
    }
    return nil
  }

  var name: StaticString {
    switch self {
    case .number: "number"
    case .section: "section"
    case .subsection: "subsection"
    case .task: "task"
    case .units: "units"
    case .status: "status"
    case .due: "due"
    case .writtenAs: "writtenAs"
    case .roles: "roles"
    case .unitMarkers: "unitMarkers"
    case .leaders: "leaders"
    case .dueAsWritten: "dueAsWritten"
    case .note: "note"
    case .period: "period"
    case .earlierPeriods: "earlierPeriods"
    }
  }

  /// The task field read from this key, if any.
  var field: TaskField? {
    switch self {
    case .number: .number
    case .section: .section
    case .subsection: .subsection
    case .task: .task
    case .units: .units
    case .status: .status
    case .due: .due
    case .writtenAs: nil
    case .roles: .roles
    case .unitMarkers: .unitMarkers
    case .leaders: .leaders
    case .dueAsWritten: .dueAsWritten
    case .note: .note
    case .period: .period
    case .earlierPeriods: .earlierPeriods
    }
  }
}
