import Foundation

/// How central an entity is to the article, 0...1: how often it is mentioned (relative to the most mentioned
/// entity), how early it first appears, whether the lede (the first sentence) names it, and whether the title or a
/// heading does.
struct EntitySalience {
    let textLength: Int
    let title: String?

    func score(_ e: Entity, maxMentions: Int, inHeading: Bool, inLede: Bool) -> Double {
        let frequency = log(1 + Double(e.mentions.count)) / log(1 + Double(max(1, maxMentions)))
        let first = Double(e.mentions.first?.range.start ?? textLength)
        let position = textLength > 0 ? 1 - first / Double(textLength) : 0
        var prominent = inHeading
        if let title, !prominent {
            prominent = title.contains(e.name) || e.aliases.contains { title.contains($0) }
        }
        let s = 0.55 * frequency + 0.15 * position + 0.1 * (inLede ? 1 : 0) + 0.2 * (prominent ? 1 : 0)
        return min(1, max(0, s))
    }
}
