/// Why `serve` could not start.
public enum PreviewServerError: Error, CustomStringConvertible {
  case cannotListen(port: UInt16, reason: String)

  public var description: String {
    switch self {
    case .cannotListen(let port, let reason):
      "cannot serve on 127.0.0.1:\(port): \(reason)\n"
        + "note: another program uses port \(port); choose another with --port, e.g. --port \(port == 8080 ? 8081 : 8080)"
    }
  }
}
