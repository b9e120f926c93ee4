/// What ``BuildInputs/withContent(cache:settleTime:)`` finds: the fingerprints, the bytes of
/// the content files it read, and the table of every file for the next cache, with the parses
/// the last cache kept of files whose bytes are unchanged.
public struct FingerprintedContent: Sendable {
  /// The full fingerprint (see ``BuildFingerprint/of(content:templates:settings:)``).
  public let fingerprint: BuildFingerprint
  /// The quick fingerprint (see ``BuildFingerprint/quick(content:templates:settings:)``).
  public let quick: BuildFingerprint
  /// The bytes of the files read.
  public let content: ContentBytes
  /// Every content file's identity and digest, and the parses kept.
  public let table: ContentTable
}
