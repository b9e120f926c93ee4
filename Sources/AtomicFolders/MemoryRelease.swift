import CFolderCalls

/// Gives the pages of freed memory back to the system. glibc's allocator keeps what a thread
/// frees in that thread's arena for reuse, so the resident size of a long build would follow
/// its peak of garbage, not of what it holds; `malloc_trim` returns every whole free page.
public enum MemoryRelease {
  public static func releaseFreePages() {
    folder_calls_release_free_memory()
  }

  /// The bytes of the process's memory resident in RAM; nil where the system does not tell.
  public static func residentBytes() -> Int? {
    let bytes = folder_calls_resident_bytes()
    return bytes >= 0 ? Int(bytes) : nil
  }

  /// Has the allocator hold the process's memory in one heap backed by huge pages, grown and
  /// kept `reserve` bytes at a time (see `folder_calls_prefer_large_pages`): a build touches
  /// a few hundred megabytes once, and a page fault per 4 KiB page costs more than the
  /// allocator's work. Call it first thing, before any thread starts. Whether it was set up.
  @discardableResult
  public static func preferLargePages(reserve: Int = 256 << 20) -> Bool {
    folder_calls_prefer_large_pages(UInt64(reserve)) == 0
  }
}
