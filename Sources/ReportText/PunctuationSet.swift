/// A few punctuation characters (colons, separators, parentheses), tested without hashing.
///
/// `contains` answers as `Set<Character>.contains` does, canonical equivalence included: a
/// character of one scalar that is a member is found by the scalar's value; one of one ASCII
/// scalar or one CJK ideograph (neither has a canonical decomposition) that is no member is
/// not one; anything else (another script, a combining sequence, U+037E that is canonically
/// `;`) asks the set of characters.
struct PunctuationSet: ExpressibleByArrayLiteral, Sendable {
  private let scalars: [UInt32]
  private let characters: Set<Character>

  init(arrayLiteral elements: Character...) {
    characters = Set(elements)
    scalars = elements.compactMap { element in
      element.unicodeScalars.count == 1 ? element.unicodeScalars.first?.value : nil
    }
  }

  func contains(_ character: Character) -> Bool {
    var iterator = character.unicodeScalars.makeIterator()
    if let first = iterator.next()?.value, iterator.next() == nil {
      if scalars.contains(first) { return true }
      if first < 0x80 || (0x4E00...0x9FFF).contains(first) { return false }
    }
    return characters.contains(character)
  }
}
