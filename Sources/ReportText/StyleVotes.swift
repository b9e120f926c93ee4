import ReportModel

/// Counts of each spelling seen, to find the report's usual style.
struct StyleVotes {
  var colon: [String: Int] = [:]
  var numberSeparator: [String: Int] = [:]
  var openParenthesis: [String: Int] = [:]
  var closeParenthesis: [String: Int] = [:]
  var unitSeparator: [String: Int] = [:]
  var statusTerminator: [String: Int] = [:]

  var style: TextStyle {
    let standard = TextStyle.standard
    return TextStyle(
      colon: Self.winner(colon, standard.colon),
      numberSeparator: Self.winner(numberSeparator, standard.numberSeparator),
      openParenthesis: Self.winner(openParenthesis, standard.openParenthesis),
      closeParenthesis: Self.winner(closeParenthesis, standard.closeParenthesis),
      unitSeparator: Self.winner(unitSeparator, standard.unitSeparator),
      statusTerminator: Self.winner(statusTerminator, standard.statusTerminator))
  }

  /// The most used spelling; the standard one on a tie.
  private static func winner(_ votes: [String: Int], _ standard: String) -> String {
    let best = votes.values.max() ?? 0
    if best == 0 || votes[standard] == best { return standard }
    return votes.filter { $0.value == best }.keys.sorted().first!
  }
}
