/// The keys a single render could not resolve, in the order first asked for. A log belongs to
/// one render on one thread.
final class MissingKeyLog {
  private(set) var keys: [String] = []
  private var seen: Set<String> = []

  func record(_ key: String) {
    if seen.insert(key).inserted { keys.append(key) }
  }
}
