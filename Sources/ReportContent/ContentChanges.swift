/// What a watcher of `Content/` saw change since it was last asked (see ``ContentCache``):
/// the names of the task files (`17.md`) written, created, moved or removed, or everything
/// (a folder, any other file, a lost event, or nothing known yet).
public enum ContentChanges: Sendable, Equatable {
  case everything
  case names(Set<String>)
}
