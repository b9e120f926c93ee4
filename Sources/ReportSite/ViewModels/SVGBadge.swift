import SiteTemplates

/// `badges/<n>.svg`: a shields-style badge, `任务 7 | 推进中`, sized for its text.
struct SVGBadge: Sendable {
  let title: String
  let label: String
  let message: String
  let category: String
  let color: String
  let labelWidth: Int
  let messageWidth: Int
  let width: Int
  let labelCenter: Int
  let messageCenter: Int

  static let fontSize = 11
  static let padding = 6

  init(number: Int, badge: StatusBadge, color: String) {
    label = "任务 \(number)"
    message = badge.label
    category = badge.category
    self.color = color
    title = "第 \(number) 项任务：\(badge.written ?? badge.label)"
    labelWidth = Self.textWidth(label) + 2 * Self.padding
    messageWidth = Self.textWidth(message) + 2 * Self.padding
    width = labelWidth + messageWidth
    labelCenter = labelWidth / 2
    messageCenter = labelWidth + messageWidth / 2
  }

  /// A generous estimate of the text's width at ``fontSize``: a full em for CJK and other wide
  /// characters, 0.65 em for the rest.
  static func textWidth(_ text: String) -> Int {
    var hundredths = 0
    for scalar in text.unicodeScalars {
      hundredths += scalar.value >= 0x2E80 || scalar == "·" ? 100 : 65
    }
    return (hundredths * fontSize + 99) / 100
  }
}

extension SVGBadge: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("title", \.title),
    .text("label", \.label),
    .text("message", \.message),
    .text("category", \.category),
    .text("color", \.color),
    .int("labelWidth", \.labelWidth),
    .int("messageWidth", \.messageWidth),
    .int("width", \.width),
    .int("labelCenter", \.labelCenter),
    .int("messageCenter", \.messageCenter),
  ]
}
