import Foundation

/// Renders jobs on every core and hands each file to the output folder. The output does not
/// depend on the order of the work: each file is a function of its own view model, and when
/// several jobs fail the error of the first job in the list is the one reported.
///
/// Workers take the next job from a shared counter, so that one long page (the list of all
/// tasks) does not leave the other cores idle; each worker reuses one byte buffer.
struct PageWriter: Sendable {
  let templates: TemplateLibrary
  let output: OutputDirectory
  /// Called now and then with the jobs done so far and the job count, from one thread at a time.
  var progress: @Sendable (Int, Int) -> Void = { _, _ in }

  func write(_ jobs: [RenderJob]) throws {
    let plan = try templates.plan(for: jobs)
    let queue = JobQueue(count: jobs.count)
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var buffer: [UInt8] = []
      buffer.reserveCapacity(1 << 16)
      while let position = queue.next() {
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

/// Hands out job positions in order and collects errors. After a failure no new job starts; the
/// jobs before it have all started, so the first failing job is always the one reported.
private final class JobQueue: @unchecked Sendable {
  private let lock = NSLock()
  private let count: Int
  private var nextPosition = 0
  private var done = 0
  private var errors: [Int: Error] = [:]
  private var lastReport = ContinuousClock.now

  init(count: Int) {
    self.count = count
  }

  func next() -> Int? {
    lock.withLock {
      guard errors.isEmpty, nextPosition < count else { return nil }
      defer { nextPosition += 1 }
      return nextPosition
    }
  }

  /// Counts a finished job, and reports the count every 0.1 s or so, under the lock.
  func finished(report: (Int) -> Void) {
    lock.withLock {
      done += 1
      guard done % 64 == 0 else { return }
      let now = ContinuousClock.now
      guard now - lastReport >= .milliseconds(100) else { return }
      lastReport = now
      report(done)
    }
  }

  func record(_ error: Error, at position: Int) {
    lock.withLock { errors[position] = error }
  }

  var firstError: Error? {
    lock.withLock { errors.keys.min().flatMap { errors[$0] } }
  }
}
