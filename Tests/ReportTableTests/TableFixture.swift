import Foundation
import Testing

@testable import ReportTable

/// The fixtures of this target, made by Fixtures/make_fixtures.py.
enum TableFixture {
  static func data(_ name: String) throws -> Data {
    let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/" + name))
    return try Data(contentsOf: url)
  }

  static func path(_ name: String) throws -> String {
    try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/" + name)).path
  }

  static func document(_ name: String) throws -> TableDocument {
    let format = try #require(TableFormat(path: name))
    return try TableDocument.read(data(name), format: format, name: name).get()
  }
}
