import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A plain HTTP/1.1 client over a socket to 127.0.0.1, for `serve`'s tests: it sends the path
/// exactly as given (`..` and percent escapes untouched) and reads the response as sent.
struct HTTPTestClient {
  struct Response {
    var status: Int
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
  }

  let port: UInt16

  func get(_ path: String) throws -> Response {
    let connection = try Connection(port: port)
    defer { connection.close() }
    try connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    let (status, headers) = try connection.readHead()
    var body = Data()
    if let length = headers["content-length"].flatMap({ Int($0) }) {
      body = try connection.read(count: length)
    } else if headers["transfer-encoding"] == "chunked" {
      while let chunk = try connection.readChunk() { body += chunk }
    }
    return Response(status: status, headers: headers, body: body)
  }

  /// Opens the event stream; its events are read with ``EventStreamReader/next(timeout:)``.
  func events(_ path: String) throws -> EventStreamReader {
    let connection = try Connection(port: port)
    try connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    let (status, headers) = try connection.readHead()
    #expect(status == 200)
    #expect(headers["content-type"] == "text/event-stream")
    return EventStreamReader(connection: connection)
  }
}

/// Reads server-sent events, one `event:`/`data:` block at a time, from a chunked response.
final class EventStreamReader {
  let connection: Connection
  private var text = ""

  init(connection: Connection) {
    self.connection = connection
  }

  /// The next event's name and data; nil when none came within `timeout` seconds.
  func next(timeout: Double) throws -> (event: String, data: String)? {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let end = text.range(of: "\n\n") {
        let block = text[..<end.lowerBound]
        text = String(text[end.upperBound...])
        var event = "message"
        var data: [String] = []
        for line in block.split(separator: "\n") {
          if line.hasPrefix("event: ") { event = String(line.dropFirst(7)) }
          if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
        }
        if data.isEmpty && event == "message" { continue }  // a comment or retry: line
        return (event, data.joined(separator: "\n"))
      }
      let left = deadline.timeIntervalSinceNow
      guard left > 0, connection.wait(seconds: left) else { return nil }
      guard let chunk = try connection.readChunk() else { return nil }
      text += String(decoding: chunk, as: UTF8.self)
    }
  }

  func close() { connection.close() }
}

/// One TCP connection, read through a buffer.
final class Connection {
  private let socket: Int32
  private var buffer: [UInt8] = []

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  init(port: UInt16) throws {
    socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      Glibc.close(socket)
      throw Failure(description: "cannot connect to port \(port)")
    }
  }

  func send(_ text: String) throws {
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { throw Failure(description: "send failed") }
      sent += count
    }
  }

  /// Whether bytes are buffered or arrive within `seconds`.
  func wait(seconds: Double) -> Bool {
    if !buffer.isEmpty { return true }
    var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, Int32(seconds * 1000)) > 0
  }

  private func fill() throws {
    var chunk = [UInt8](repeating: 0, count: 65536)
    let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { throw Failure(description: "connection closed") }
    buffer += chunk[..<count]
  }

  func readLine() throws -> String {
    while true {
      if let end = buffer.firstIndex(of: 10) {
        let line = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeFirst(end + 1)
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
      }
      try fill()
    }
  }

  func read(count: Int) throws -> Data {
    while buffer.count < count { try fill() }
    let data = Data(buffer[..<count])
    buffer.removeFirst(count)
    return data
  }

  func readHead() throws -> (Int, [String: String]) {
    let statusLine = try readLine()
    let parts = statusLine.split(separator: " ")
    guard parts.count >= 2, let status = Int(parts[1]) else {
      throw Failure(description: "bad status line \(statusLine)")
    }
    var headers: [String: String] = [:]
    while true {
      let line = try readLine()
      if line.isEmpty { break }
      if let colon = line.firstIndex(of: ":") {
        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
          .trimmingCharacters(in: .whitespaces)
      }
    }
    return (status, headers)
  }

  /// One chunk of a chunked body; nil after the last.
  func readChunk() throws -> Data? {
    let size = try readLine()
    guard let count = Int(size, radix: 16) else { throw Failure(description: "bad chunk \(size)") }
    let data = try read(count: count)
    _ = try readLine()
    return count == 0 ? nil : data
  }

  func close() { Glibc.close(socket) }
}
