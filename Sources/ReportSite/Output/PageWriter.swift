import Foundation

/// Renders jobs on every core and hands each file to the output folder. The output does not
/// depend on the order of the work: each file is a function of its own view model, and when
/// several jobs fail the error of the first job in the list is the one reported.
///
/// Workers take jobs a folder at a time (see ``FolderQueue``), so that they seldom create files
/// in the same folder; each worker reuses one byte buffer.
struct PageWriter: Sendable {
  let templates: TemplateLibrary
  let output: OutputDirectory
  /// Called now and then with the jobs done so far and the job count, from one thread at a time.
  var progress: @Sendable (Int, Int) -> Void = { _, _ in }

  func write(_ jobs: [RenderJob]) throws {
    let plan = try templates.plan(for: jobs)
    try output.makeFolders(for: jobs.map(\.path))
    let queue = FolderQueue(paths: jobs.map(\.path))
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 16)
      while let position = queue.next(worker: worker) {
        let job = jobs[position]
        do {
          try templates.render(job.model, template: job.template, plan: plan, into: &buffer)
          try buffer.withUnsafeBytes { try output.write(bytes: $0, to: job.path) }
          queue.finished { progress($0, jobs.count) }
        } catch {
          queue.record(error, at: position)
        }
      }
    }
    if let error = queue.firstError { throw error }
    progress(jobs.count, jobs.count)
  }
}
