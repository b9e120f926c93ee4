import Foundation

/// Renders jobs in parallel and writes each file to the staging folder. The output does not
/// depend on the order of the work: each file is a function of its own view model, and when
/// several jobs fail the error of the first job in the list is the one reported.
struct PageWriter: Sendable {
  let templates: TemplateLibrary
  let output: OutputDirectory

  func write(_ jobs: [RenderJob]) throws {
    let folders = Set(jobs.map { ($0.path as NSString).deletingLastPathComponent })
    for folder in folders.sorted() where !folder.isEmpty {
      try output.write(folder: folder)
    }
    let failures = FailureBox(count: jobs.count)
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunk = (jobs.count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let range = (worker * chunk)..<min(jobs.count, (worker + 1) * chunk)
      for position in range where !failures.hasFailure(before: position) {
        let job = jobs[position]
        do {
          let text = try templates.render(job.model, template: job.template)
          try output.write(Data(text.utf8), to: job.path, creatingFolders: false)
        } catch {
          failures.record(error, at: position)
        }
      }
    }
    if let error = failures.first { throw error }
  }
}

/// The errors of a parallel render, by job position.
private final class FailureBox: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [Int: Error] = [:]
  private var lowest = Int.max

  init(count: Int) {}

  func record(_ error: Error, at position: Int) {
    lock.withLock {
      errors[position] = error
      lowest = min(lowest, position)
    }
  }

  func hasFailure(before position: Int) -> Bool {
    lock.withLock { lowest < position }
  }

  var first: Error? {
    lock.withLock { errors[lowest] }
  }
}
