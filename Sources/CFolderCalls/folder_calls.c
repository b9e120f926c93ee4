// The C library calls that Swift's Glibc module does not show (GNU extensions, syscall(2),
// which is variadic, malloc_trim, mallopt, sbrk and madvise). Only AtomicFolders imports this
// module.
#define _GNU_SOURCE
#include "CFolderCalls.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdint.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/syscall.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

int folder_calls_exchange(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
  // RENAME_EXCHANGE from <linux/fs.h>, spelt out for C libraries that do not define it.
  return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 1 << 1);
#elif defined(__APPLE__)
  return renamex_np(first, second, RENAME_SWAP);
#else
  (void)first;
  (void)second;
  errno = ENOSYS;
  return -1;
#endif
}

int folder_calls_sync_file_system(int descriptor) {
#if defined(__linux__)
  return syncfs(descriptor);
#else
  (void)descriptor;
  sync();
  return 0;
#endif
}

void folder_calls_release_free_memory(void) {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

long long folder_calls_resident_bytes(void) {
#if defined(__linux__)
  // /proc/self/statm: the sizes in pages, the resident size second.
  int descriptor = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) return -1;
  char text[128];
  ssize_t count = read(descriptor, text, sizeof text - 1);
  close(descriptor);
  if (count <= 0) return -1;
  text[count] = 0;
  unsigned long long size = 0, resident = 0;
  if (sscanf(text, "%llu %llu", &size, &resident) != 2) return -1;
  long page = sysconf(_SC_PAGESIZE);
  return page > 0 ? (long long)resident * page : -1;
#else
  return -1;
#endif
}

long long folder_calls_copy_range(int from, long long offset, int to, long long count) {
#if defined(__linux__) && defined(__GLIBC__)
  off_t position = (off_t)offset;
  return (long long)copy_file_range(from, &position, to, NULL, (size_t)count, 0);
#else
  (void)from;
  (void)offset;
  (void)to;
  (void)count;
  errno = ENOSYS;
  return -1;
#endif
}

int folder_calls_prefer_large_pages(unsigned long long reserve) {
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
  // One arena (the heap grown by brk, whose growth honours M_TOP_PAD), blocks up to 32 MB
  // taken from it rather than mapped one by one, and no trimming below the reserve.
  if (mallopt(M_ARENA_MAX, 1) == 0 || mallopt(M_MMAP_THRESHOLD, 32 << 20) == 0 ||
      mallopt(M_TOP_PAD, (int)reserve) == 0 || mallopt(M_TRIM_THRESHOLD, (int)(2 * reserve)) == 0)
    return -1;
  // Blocks of 8 MB are taken until the heap grows (the top of the heap may hold a few
  // megabytes already), which grows it by the reserve; the new part is advised.
  char *start = sbrk(0);
  if (start == (char *)-1) return -1;
  void *blocks[8];
  int count = 0;
  char *end = start;
  while (count < 8 && end == start) {
    blocks[count] = malloc(8 << 20);
    if (blocks[count] == NULL) break;
    count += 1;
    end = sbrk(0);
  }
  int result = -1;
  uintptr_t huge = (uintptr_t)2 << 20;
  uintptr_t from = ((uintptr_t)start + huge - 1) & ~(huge - 1);
  if ((uintptr_t)end > from)
    result = madvise((void *)from, (uintptr_t)end - from, MADV_HUGEPAGE);
  while (count > 0) free(blocks[--count]);
  return result;
#else
  (void)reserve;
  return -1;
#endif
}
