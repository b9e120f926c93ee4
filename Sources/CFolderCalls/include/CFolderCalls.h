#ifndef C_FOLDER_CALLS_H
#define C_FOLDER_CALLS_H

/// Exchanges the entries at `first` and `second`, both of which must exist, in one atomic step:
/// renameat2(RENAME_EXCHANGE) on Linux, renamex_np(RENAME_SWAP) on macOS. Returns 0, or -1
/// with errno set; EINVAL, ENOSYS or ENOTSUP mean the system or the file system cannot.
int folder_calls_exchange(const char *first, const char *second);

/// Writes every modified page of the file system that holds `descriptor` to the disk: one
/// syncfs(2) on Linux, sync(2) elsewhere. Returns 0, or -1 with errno set.
int folder_calls_sync_file_system(int descriptor);

/// Returns the whole free pages of the allocator's heaps to the system: malloc_trim(0) with
/// glibc, nothing elsewhere.
void folder_calls_release_free_memory(void);

/// The bytes of the process's memory resident in RAM, from /proc/self/statm on Linux; -1
/// where the system does not tell (elsewhere always).
long long folder_calls_resident_bytes(void);

/// Copies up to `count` bytes of the file `from`, at `offset`, to the file `to` at its
/// position, inside the kernel: copy_file_range(2) on Linux. Returns the bytes copied (0 at
/// the end of `from`), or -1 with errno set; ENOSYS, EXDEV, EINVAL or EOPNOTSUPP mean the
/// system or the file systems cannot (elsewhere always ENOSYS).
long long folder_calls_copy_range(int from, long long offset, int to, long long count);

/// Has the allocator keep every thread's memory in one heap that grows `reserve` bytes at a
/// time and is not trimmed below that, and asks for that heap to be backed by huge pages
/// (madvise(MADV_HUGEPAGE)), with glibc on Linux; nothing elsewhere. Call it before any thread
/// starts. Returns 0, or -1 when the heap could not be set up (the allocator is then as before
/// but for its settings).
int folder_calls_prefer_large_pages(unsigned long long reserve);

#endif
