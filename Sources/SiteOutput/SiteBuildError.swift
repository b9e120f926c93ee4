/// Why a site build failed. Each case names the file or template at fault and, where it can,
/// the line, printed like a compiler diagnostic: `Templates/task.mustache:12:5: error: …`.
public enum SiteBuildError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The report has no round to publish.
  case noRounds
  /// A template the site needs is not in the templates folder.
  case missingTemplate(name: String, path: String)
  /// The templates folder (or a file in it) could not be read.
  case unreadableTemplates(path: String, reason: String)
  /// A template is not valid Mustache.
  case templateSyntax(template: String, path: String, line: Int, column: Int, reason: String)
  /// A template includes a partial (`{{> name}}`) or parent (`{{< name}}`) that does not exist.
  case unknownPartial(template: String, path: String, line: Int, column: Int, partial: String)
  /// A template names a key that its view model lacks, which Mustache would render as nothing.
  case unknownKey(
    template: String, path: String, line: Int, column: Int, key: String, model: String)
  /// A template writes a value in a way its kind does not allow: `{{{…}}}` on text that is not
  /// rendered HTML, `{{…}}` on a view model or a list.
  case templateMisuse(
    template: String, path: String, line: Int, column: Int, reason: String, note: String)
  /// A task's status is not in the site's status vocabulary.
  case unknownStatus(task: Int, status: String)
  /// The output folder exists, is not empty and was not made by report-site.
  case foreignOutput(path: String)
  /// The output path exists and is not a folder.
  case outputNotDirectory(path: String)
  /// Writing or moving files failed.
  case io(step: String, path: String, reason: String)
  /// The disk that holds the output folder is full: the new site's file `file` could not be
  /// written beside it.
  case diskFull(output: String, file: String, reason: String)
  /// Another build holds the output folder's lock (``OutputLock``), and the build was told not
  /// to wait. `holder` is that build's process id, when known.
  case outputBusy(output: String, lockFile: String, holder: Int32?)

  public var description: String {
    switch self {
    case .noRounds:
      return "error: the report has no rounds, so there is nothing to publish"
    case .missingTemplate(let name, let path):
      return "\(path): error: missing template \"\(name)\"\n"
        + "note: restore \(name).mustache in the templates folder"
    case .unreadableTemplates(let path, let reason):
      return "\(path): error: cannot read templates: \(reason)"
    case .templateSyntax(let template, let path, let line, let column, let reason):
      return "\(path):\(line):\(column): error: template \"\(template)\" is not valid Mustache: "
        + reason
    case .unknownPartial(let template, let path, let line, let column, let partial):
      return "\(path):\(line):\(column): error: template \"\(template)\" includes unknown "
        + "template \"\(partial)\"\nnote: a missing partial would silently render nothing"
    case .unknownKey(let template, let path, let line, let column, let key, let model):
      return "\(path):\(line):\(column): error: template \"\(template)\" uses key "
        + "\"\(key)\", which \(model) does not have\n"
        + "note: a misspelt key would silently render as empty text; check the spelling"
    case .templateMisuse(let template, let path, let line, let column, let reason, let note):
      return "\(path):\(line):\(column): error: template \"\(template)\" \(reason)\n"
        + "note: \(note)"
    case .unknownStatus(let task, let status):
      return "error: task \(task) has status \"\(status)\", which site.yml does not define"
    case .foreignOutput(let path):
      return "\(path): error: refusing to replace this folder: it is not empty and was not made by "
        + "report-site (it has no \(OutputDirectory.markerName) file)\n"
        + "note: choose another --output, or empty or remove the folder yourself"
    case .outputNotDirectory(let path):
      return "\(path): error: the output path exists and is not a folder"
    case .io(let step, let path, let reason):
      return "\(path): error: \(step): \(reason)"
    case .diskFull(let output, let file, let reason):
      return "\(output): error: the disk is full (\(reason)): the new site's file \(file) "
        + "could not be written beside \(output)\n"
        + "note: free space on the disk that holds \(output) (a build needs room for a copy of "
        + "every file that changed) and build again"
    case .outputBusy(let output, let lockFile, let holder):
      return "\(output): error: another build\(holder.map { " (pid \($0))" } ?? "") is "
        + "writing this folder (it holds \(lockFile))\n"
        + "note: build again when it has finished, or leave out --no-wait to wait for it"
    }
  }
}
