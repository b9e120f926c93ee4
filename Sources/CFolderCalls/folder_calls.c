// The C library calls that Swift's Glibc module does not show (GNU extensions, syscall(2),
// which is variadic, and malloc_trim). Only AtomicFolders imports this module.
#define _GNU_SOURCE
#include "CFolderCalls.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/syscall.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
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
