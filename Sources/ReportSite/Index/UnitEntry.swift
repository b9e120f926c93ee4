/// A canonical responsible unit and the tasks it leads or shares.
struct UnitEntry: Sendable {
  let name: String
  let slug: String
  /// Other names for the unit from site.yml.
  let aliases: [String]
  /// Indexes into ``SiteIndex/tasks`` of the tasks it leads, in report order.
  var led: [Int] = []
  /// Indexes of the tasks it shares, in report order.
  var shared: [Int] = []

  /// Every task of the unit in report order.
  var all: [Int] { (led + shared).sorted() }
}
