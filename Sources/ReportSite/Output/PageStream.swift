import AtomicFolders
import Foundation
import SiteOutput
import SiteTemplates

/// Makes the pages' view models and renders them at the same time, on every core: the jobs come
/// in parts (see ``PageFactory/jobParts()``), and a worker renders the parts made so far while
/// the other makes the next one, so that files are written from the first part on.
///
/// Each file is a function of its own view model, so the output does not depend on the order of
/// the work. Keys are checked per pair of template and view-model type as parts are made; when
/// several jobs fail, the error reported is the first in the order of the parts' jobs, an
/// unknown key before any write error, as when every job was checked before any was rendered.
final class PageStream: @unchecked Sendable {
  typealias Part = @Sendable () -> [RenderJob]

  /// A part whose jobs are made, with what its pairs of template and type render with.
  private final class MadePart {
    let jobs: [RenderJob]
    let plan: RenderPlan
    /// The folder of the part's first file: creating files in one folder from two threads
    /// mostly waits on the folder's lock, so two workers avoid the same folder.
    let folder: Substring
    /// Jobs before this one are taken; jobs from `end` on fail the key check.
    var next = 0
    var end: Int
    var renderers = 0

    init(jobs: [RenderJob], plan: RenderPlan, end: Int) {
      self.jobs = jobs
      self.plan = plan
      let path = jobs.first?.path ?? ""
      folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
      self.end = end
    }
  }

  private enum Action {
    case make(Int, Part)
    case render(MadePart, part: Int, Range<Int>)
    case wait
    case finish
  }

  /// The parts not yet made: a part's maker is let go when it is taken, with the values it
  /// holds (the lists' rows are freed once the last list is made).
  private var parts: [Part?]
  private let partCount: Int
  private let templates: TemplateLibrary
  private let output: OutputDirectory
  private let progress: @Sendable (Int, Int) -> Void
  private let condition = NSCondition()
  private let checkLock = NSLock()
  /// The outcome of the key check of each pair met so far; under `checkLock`.
  private var checked: [RenderPlan.Key: Result<CompiledTemplate, Error>] = [:]
  private var nextPart = 0
  private var making = 0
  private var made: [(part: Int, jobs: MadePart)] = []
  /// How many workers render files in each folder.
  private var busyFolders: [Substring: Int] = [:]
  private var done = 0
  private var lastReport = ContinuousClock.now
  private var keyErrors: [(position: [Int], error: Error)] = []
  private var writeErrors: [(position: [Int], error: Error)] = []
  private(set) var jobCount = 0
  private(set) var pageCount = 0
  /// How many files were kept as the old site has them, unread (see ``RenderJob/keptSize``).
  private(set) var keptUnread = 0
  /// Gives free pages back to the system before a part is made, when the build is large (see
  /// ``make(_:_:)``); nil keeps them.
  private let memoryRelease: MemoryReleaseGate?

  /// The resident size from which free pages go back to the system before each part.
  static let releaseFloor = 256 << 20

  /// `releasesMemory` false keeps the allocator's free pages between parts: `serve`'s
  /// rebuilds make few pages among many kept parts, and a trim of the whole heap before each
  /// part cost more than the pages rendered.
  init(
    parts: [Part], templates: TemplateLibrary, output: OutputDirectory,
    releasesMemory: Bool = true, progress: @escaping @Sendable (Int, Int) -> Void
  ) {
    memoryRelease = releasesMemory ? MemoryReleaseGate(floor: Self.releaseFloor) : nil
    self.parts = parts
    partCount = parts.count
    self.templates = templates
    self.output = output
    self.progress = progress
  }

  /// Makes and writes every part's jobs; throws the first error (see the type's comment).
  func run() throws {
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, partCount))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in work() }
    let first = { (errors: [(position: [Int], error: Error)]) in
      errors.min { $0.position.lexicographicallyPrecedes($1.position) }?.error
    }
    if let error = first(keyErrors) ?? first(writeErrors) { throw error }
    progress(jobCount, jobCount)
  }

  private func work() {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 16)
    while true {
      switch nextAction() {
      case .finish:
        return
      case .wait:
        continue
      case .make(let part, let maker):
        make(part, maker)
      case .render(let madePart, let part, let range):
        var rendered = 0
        var kept = 0
        for position in range {
          let job = madePart.jobs[position]
          if let size = job.keptSize {
            output.keep(job.path, size: size)
            kept += 1
            continue
          }
          do {
            if job.inPieces {
              try renderInPieces(job, plan: madePart.plan, buffer: &buffer)
            } else {
              if job.sizeHint > buffer.capacity { buffer.reserveCapacity(job.sizeHint) }
              templates.render(
                job.model, template: job.template, plan: madePart.plan, into: &buffer)
              try buffer.withUnsafeBytes { try output.write(bytes: $0, to: job.path) }
            }
            rendered += 1
            // A very large page (the full text of a large report) does not keep its buffer.
            if buffer.capacity > 1 << 22 {
              buffer = []
              buffer.reserveCapacity(1 << 16)
            }
          } catch {
            condition.withLock { writeErrors.append(([part, position], error)) }
          }
        }
        condition.withLock {
          madePart.renderers -= 1
          busyFolders[madePart.folder, default: 1] -= 1
          done += rendered
          keptUnread += kept
          report()
          condition.broadcast()
        }
      }
    }
  }

  /// Renders `job` into its file in pieces of a megabyte or so (see
  /// ``CompiledTemplate/render(_:into:drain:)``), each written as it comes.
  private func renderInPieces(_ job: RenderJob, plan: RenderPlan, buffer: inout [UInt8]) throws {
    try output.write(to: job.path) { writer in
      var failure: Error?
      templates.render(job.model, template: job.template, plan: plan, into: &buffer) { bytes in
        if failure == nil {
          do { try writer.append(bytes) } catch { failure = error }
        }
        bytes.removeAll(keepingCapacity: true)
      }
      if let failure { throw failure }
      try writer.append(buffer)
    }
  }

  /// What a worker does next: render some jobs of the first made part whose folder no other
  /// worker writes in, else make the next part, else help render, else wait for a part being made.
  private func nextAction() -> Action {
    condition.lock()
    // The parts every worker is done with hold their pages' view models: they are freed after
    // the lock is let go, so that the other worker need not wait for that.
    var finished: [MadePart] = []
    while let first = made.first, first.jobs.next >= first.jobs.end, first.jobs.renderers == 0 {
      finished.append(made.removeFirst().jobs)
    }
    let action = chooseAction()
    condition.unlock()
    finished.removeAll()
    return action
  }

  /// ``nextAction()`` under the lock.
  private func chooseAction() -> Action {
    let stopped = !keyErrors.isEmpty || !writeErrors.isEmpty
    if !stopped, let action = take(alone: true) { return action }
    // Parts are made ahead of the rendering only so far: each made part holds its view
    // models until its last file is written.
    let waiting = made.count { $0.jobs.next < $0.jobs.end }
    if nextPart < partCount, waiting < Self.partsAhead, let maker = parts[nextPart] {
      parts[nextPart] = nil
      nextPart += 1
      making += 1
      return .make(nextPart - 1, maker)
    }
    if !stopped, let action = take(alone: false) { return action }
    guard making > 0 || made.contains(where: { $0.jobs.renderers > 0 }) else { return .finish }
    condition.wait()
    return .wait
  }

  /// How many made parts may wait for a worker before no more are made.
  static let partsAhead = 2

  private func take(alone: Bool) -> Action? {
    for (part, jobs) in made where jobs.next < jobs.end {
      if alone, jobs.renderers > 0 || busyFolders[jobs.folder, default: 0] > 0 { continue }
      let range = jobs.next..<min(jobs.end, jobs.next + 32)
      jobs.next = range.upperBound
      jobs.renderers += 1
      busyFolders[jobs.folder, default: 0] += 1
      return .render(jobs, part: part, range)
    }
    return nil
  }

  private func make(_ part: Int, _ maker: Part) {
    // The parts rendered before this one are gone: their memory goes back to the system once
    // the build holds more than ``releaseFloor`` (the allocator keeps freed pages for itself
    // otherwise, and the peak would grow with the site).
    memoryRelease?.releaseIfLarge()
    let jobs = maker()
    var plan = RenderPlan()
    var end = jobs.count
    var keyError: Error?
    checkLock.withLock {
      for (position, job) in jobs.enumerated() {
        let key = RenderPlan.Key(job)
        if plan.templates[key] != nil { continue }
        let outcome =
          checked[key] ?? Result { try templates.compile(job.template, for: type(of: job.model)) }
        checked[key] = outcome
        switch outcome {
        case .success(let compiled): plan.templates[key] = compiled
        case .failure(let error):
          end = position
          keyError = error
        }
        if keyError != nil { break }
      }
    }
    condition.withLock {
      making -= 1
      jobCount += jobs.count
      pageCount += jobs.count { $0.isPage }
      if let keyError { keyErrors.append(([part, end], keyError)) }
      let madePart = MadePart(jobs: jobs, plan: plan, end: end)
      let index = made.firstIndex { $0.part > part } ?? made.endIndex
      made.insert((part, madePart), at: index)
      condition.broadcast()
    }
  }

  /// Reports the count every 0.1 s or so, under the lock; the total grows as parts are made.
  private func report() {
    guard ContinuousClock.now - lastReport >= .milliseconds(100) else { return }
    lastReport = ContinuousClock.now
    progress(done, max(jobCount, done))
  }
}
