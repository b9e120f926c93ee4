import Foundation

/// One file of the built-in theme as the generated source holds it.
enum EmbeddedFile {
  case text(String)
  case base64(String)

  var data: Data {
    switch self {
    case .text(let text): Data(text.utf8)
    case .base64(let encoded):
      // The generator wrote it from the file's bytes; it always decodes.
      Data(base64Encoded: encoded)!
    }
  }
}
