import Foundation
import ReportModel
import SiteOutput

/// What a build without a session (`report-site build`) may keep of the old site's search
/// index of one round (see ``SearchIndexParts``), so that an edit of one narrative writes the
/// few bigram and text files it changes, not the whole index again.
///
/// The old files are those of the previous build's record, which the build trusts (it checked
/// the folder against it, as for every file it keeps). They are used only when the record's
/// structure of the report is the build's (its round's home page, which reads the structure
/// alone, has the digest the record lists), so that task *i* is the same task in both and
/// `meta` is the same when the count of bigram files is. The tasks whose narratives may have
/// changed are those whose page's digest differs from the record's (``changed``): the old
/// text file of each gives its old plain text, and from its old and new folded units, which
/// bigrams' places differ (``KeptSearchShards/changedBigrams(_:_:)``), so which bigram files
/// can differ. Every other file holds what the build would write, and is kept unread.
struct OldSearchFiles: Sendable {
  /// The old site's folder.
  let site: String
  /// The index's folder in the site, `2020/tasks/search/`.
  let key: String
  /// The size of each of the index's files in the old site by name (`meta`, `b0` …, `t0` …),
  /// as the last build's record lists them.
  let sizes: [String: Int]
  /// The positions of the tasks whose narratives may differ from those the old files hold.
  let changed: [Int]
  /// A file's bytes before and after its JSON, by name, as the theme's template writes them;
  /// nil when the template does not write the JSON exactly once.
  let wrapping: @Sendable (String) -> (prefix: [UInt8], suffix: [UInt8])?

  /// How many bigram files the old index has.
  var shardCount: Int { sizes.keys.count(where: { $0.hasPrefix("b") }) }

  /// The files of an index of `count` tasks in `shardCount` bigram files (task *i*'s
  /// narrative `narrative(i)`) that hold what the old site's do, with their sizes there, by
  /// name; nil when the old index is not comparable (another count of files, a text file that
  /// cannot be read back) or too much changed for the comparison to pay.
  func keptFiles(count: Int, shardCount: Int, narrative: (Int) -> String) -> [String: Int]? {
    let size = SearchIndex.textShardSize
    let textShards = (count + size - 1) / size
    guard shardCount == self.shardCount, sizes.count == 1 + shardCount + textShards,
      sizes["meta"] != nil, changed.count <= max(16, count / 16),
      (0..<shardCount).allSatisfy({ sizes["b\($0)"] != nil }),
      (0..<textShards).allSatisfy({ sizes["t\($0)"] != nil })
    else { return nil }
    var touchedBigrams = Set<Int>()
    var touchedTexts = Set<Int>()
    var oldPlains: [Int: [String]] = [:]
    for position in changed {
      guard position < count else { return nil }
      let shard = position / size
      if oldPlains[shard] == nil {
        guard let plains = plains(textShard: shard),
          plains.count == min(size, count - shard * size)
        else { return nil }
        oldPlains[shard] = plains
      }
      let old = oldPlains[shard]![position % size]
      let (plain, folded) = SearchText.plainAndFolded(html: narrative(position))
      guard plain != old else { continue }
      touchedTexts.insert(shard)
      for bigram in KeptSearchShards.changedBigrams(SearchText.folded(old), folded) {
        touchedBigrams.insert(
          SearchIndex.shard(
            of: UInt16(bigram >> 16), UInt16(bigram & 0xFFFF), count: shardCount))
      }
    }
    var kept = sizes
    for shard in touchedBigrams { kept["b\(shard)"] = nil }
    for shard in touchedTexts { kept["t\(shard)"] = nil }
    return kept
  }

  /// The plain texts the old text file `t<shard>` holds; nil when it cannot be read, or does
  /// not hold exactly what this build would write of them.
  func plains(textShard shard: Int) -> [String]? {
    let name = "t\(shard)"
    guard let (prefix, suffix) = wrapping(name),
      let data = FileManager.default.contents(atPath: site + "/" + key + name + ".js"),
      data.count == sizes[name], data.count >= prefix.count + suffix.count
    else { return nil }
    let bytes = [UInt8](data)
    guard bytes.starts(with: prefix), bytes.reversed().starts(with: suffix.reversed()) else {
      return nil
    }
    let json = bytes[prefix.count..<(bytes.count - suffix.count)]
    let plains: [String]
    do {
      plains = try JSONDecoder().decode([String].self, from: Data(json))
    } catch {
      return nil
    }
    // Read back only when written so: the same strings make the same bytes.
    var written = PrettyJSON(capacity: json.count, compact: true)
    written.strings(plains)
    return written.bytes.elementsEqual(json) ? plains : nil
  }

  /// The old search index of `factory`'s round (round `round` of the report whose inputs are
  /// `inputs`), when the last build's record (`previous`) was made from the same structure of
  /// the report and lists the index's files; nil otherwise.
  static func of(
    _ factory: PageFactory, round: Int, inputs: PageInputs, previous: BuildRecord?,
    site: String?, wrapping: (@Sendable (String) -> (prefix: [UInt8], suffix: [UInt8])?)?
  ) -> OldSearchFiles? {
    guard let previous, let site, let wrapping, factory.context.session == nil else {
      return nil
    }
    let folder = factory.reportPrefix + factory.prefix
    let home = folder + ":lists-0"
    guard previous.unit(home)?.digest == inputs.digest(home, round: round, reads: .structure)
    else { return nil }
    let key = folder + SitePaths.searchFolder
    var sizes: [String: Int] = [:]
    for position in BuildUnits.listReads.count... {
      guard let unit = previous.unit(folder + ":lists-\(position)") else { break }
      for file in unit.files {
        guard file.path.hasPrefix(key), file.path.hasSuffix(".js") else { return nil }
        sizes[String(file.path.dropFirst(key.count).dropLast(3))] = file.size
      }
    }
    let tasks = factory.index.tasks
    let changed = tasks.indices.filter { position in
      let number = tasks[position].number
      let page = folder + SitePaths.task(number)
      return previous.unit(page)?.digest
        != inputs.taskDigest(page, round: round, number: number)
    }
    return OldSearchFiles(
      site: site, key: key, sizes: sizes, changed: changed, wrapping: wrapping)
  }
}

extension OldSearchFiles {
  /// ``wrapping`` as `templates` write a search index file: the file of a JSON value that is
  /// a marker, split at the marker.
  static func wrapping(templates: TemplateLibrary) throws
    -> @Sendable (String) -> (prefix: [UInt8], suffix: [UInt8])?
  {
    let marker = "\u{1}json\u{1}"
    let plan = try templates.plan(for: [
      RenderJob(path: "", template: "filter-index", model: FilterIndex(name: "", json: ""))
    ])
    return { name in
      var bytes: [UInt8] = []
      templates.render(
        FilterIndex(name: name, json: marker), template: "filter-index", plan: plan, into: &bytes)
      let found = bytes.indices.filter { bytes[$0...].starts(with: marker.utf8) }
      guard found.count == 1, let start = found.first else { return nil }
      return (Array(bytes[..<start]), Array(bytes[(start + marker.utf8.count)...]))
    }
  }
}
