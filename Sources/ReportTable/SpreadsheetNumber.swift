import ReportModel

/// How a number stored in a spreadsheet cell reads as text: integers without a decimal point
/// (`12`, never `12.0`), and dates and times (stored as serial day numbers) as `YYYY-MM-DD`,
/// `YYYY-MM-DD HH:MM` or `HH:MM`.
enum SpreadsheetNumber {
  /// `raw` (the `<v>` text) as the cell's text; `isDate` when its number format is a date.
  static func text(_ raw: String, isDate: Bool, date1904: Bool) -> String {
    guard let value = Double(raw), value.isFinite else { return raw }
    if isDate, let date = dateText(serial: value, date1904: date1904) { return date }
    return numberText(value, raw: raw)
  }

  static func numberText(_ value: Double, raw: String) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    // Shortest text that reads back as the same Double: what Excel shows for a General cell.
    return String(value)
  }

  /// The date of a serial number: days since 1899-12-30 in the 1900 system (whose day 60 is
  /// the non-existent 1900-02-29 that Lotus 1-2-3 invented and Excel kept), or since
  /// 1904-01-01 in the 1904 system. Nil for a negative serial.
  static func dateText(serial: Double, date1904: Bool) -> String? {
    guard serial >= 0, serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    let fraction = serial - Double(days)
    var seconds = Int((fraction * 86_400).rounded())
    if seconds >= 86_400 {
      days += 1
      seconds = 0
    }
    let time = pad(seconds / 3600) + ":" + pad(seconds % 3600 / 60)
    if !date1904, days == 0 { return seconds == 0 ? nil : time }
    let ordinal: Int
    if date1904 {
      ordinal = daysFromCivil(year: 1904, month: 1, day: 1) + days
    } else if days == 60 {
      return "1900-02-29" + (seconds == 0 ? "" : " " + time)
    } else {
      ordinal = daysFromCivil(year: 1899, month: 12, day: days < 60 ? 31 : 30) + days
    }
    let (year, month, day) = civil(fromDays: ordinal)
    guard let date = ISODate(year: year, month: month, day: day) else { return nil }
    return date.description + (seconds == 0 ? "" : " " + time)
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day count since 1970-01-01.
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
