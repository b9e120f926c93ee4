/// `404.html`, served for any missing address, so its links are absolute when the base URL
/// is known.
struct NotFoundPage: Sendable {
  let chrome: PageChrome
}
