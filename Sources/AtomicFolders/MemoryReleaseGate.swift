/// Gives free pages back to the system (``MemoryRelease/releaseFreePages()``) only while the
/// process's resident size is above `floor` bytes.
///
/// A release walks every arena of the allocator and hands each whole free page back, and the
/// pages used again afterwards fault in anew: released before each part of a build, that cost
/// 2–6 % of the build's CPU at 10,000 tasks (most of it system time), whose whole build stays
/// under 256 MiB. A large site (100,000 tasks) still releases them before each part, once it holds more
/// than the floor, so that its peak follows what it holds rather than its garbage.
public struct MemoryReleaseGate: Sendable {
  public let floor: Int

  public init(floor: Int) { self.floor = floor }

  /// Releases the free pages if the resident size is above ``floor`` (always where the
  /// system does not tell the resident size).
  public func releaseIfLarge() {
    if let resident = MemoryRelease.residentBytes(), resident <= floor { return }
    MemoryRelease.releaseFreePages()
  }
}
