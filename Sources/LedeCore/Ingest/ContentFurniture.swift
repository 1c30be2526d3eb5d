/// Furniture told by its wording inside the article container (filled in below).
enum ContentFurniture {
    static func mark(_ blocks: [ReaderModeRenderer.RenderedBlock]) -> [ReaderModeRenderer.RenderedBlock] { blocks }
}
