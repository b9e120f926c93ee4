/// Which renderer renders each pair of page template and page type: the fast renderer with the
/// type's layout, or (nil) the reference renderer. Made by ``TemplateLibrary/plan(for:)``.
struct RenderPlan: @unchecked Sendable {
  struct Key: Hashable {
    let template: String
    let type: ObjectIdentifier
  }

  var layouts: [Key: RenderLayout?] = [:]
}
