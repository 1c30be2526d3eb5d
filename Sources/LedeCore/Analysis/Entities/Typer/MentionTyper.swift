import Foundation

/// A linear classifier that says whether a candidate name is a person, an organisation, a place or no entity,
/// from the features `MentionFeatures` reads. Its weights were learnt by `MentionTyperTrainer` (an averaged
/// perceptron) on GUM training documents and ship as a text file, Resources/Models/mention-typer.tsv: one line
/// per feature with a weight per class, so every decision can be read back as a sum of named weights. The shipped
/// model is read in place from the compiled resources (`CompiledResources`); a model given as text is compiled
/// into the same table when it loads.
///
/// The file also carries how the typer's scores combine with the rules so a model and the
/// settings it was validated with travel together (`@hard`, `@drop`, `@keep`, `@multi`). An empty model leaves typing to the rules alone.
public final class MentionTyper: Sendable {
    /// Feature key to four Float32 weights (person, organisation, place, none).
    let table: CompiledKeyTable
    /// The bytes the table points into.
    private let bytes: ResourceBytes
    /// Number of features with weights.
    public let featureCount: Int
    /// A mention whose strongest single rule vote reaches this is typed by the rules alone.
    public let hardVote: Float
    /// An entity is dropped when its `none` score (averaged over its mentions) beats every type by more than
    /// this; infinity never drops.
    public let dropMargin: Float
    /// The typer's type replaces the rules' choice (or their default) only when it scores this much higher.
    public let keepMargin: Float
    /// The same for names of two or more capitalised words, which news writes mostly for people.
    public let multiWordKeepMargin: Float

    /// Loaded on first use from the package's resources; an unreadable file gives an empty model.
    public static let shared: MentionTyper = MentionTyper(image: CompiledResources.shared)
        ?? MentionTyper(image: CompiledResources.fromSources) ?? MentionTyper(text: "")

    /// The text of Resources/Models/mention-typer.tsv.
    static var bundledText: String? {
        guard let url = Bundle.module.url(forResource: "Models", withExtension: nil)?
            .appendingPathComponent("mention-typer.tsv") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    public var isEmpty: Bool { featureCount == 0 }

    /// Parses the model text; lines that do not parse are skipped.
    public convenience init(text: String) {
        let image = ResourceImage(ResourceBytes(ResourceImage.write(Self.sections(text: text))))
        self.init(image: image!)!
    }

    /// The typer sections of a compiled resource file; nil when one is missing or damaged.
    init?(image: ResourceImage) {
        guard let meta = image.section("TYPM"), meta.count == 24,
              let table = image.section("TYPT").flatMap(CompiledKeyTable.init), table.valueSize == 16
        else { return nil }
        self.table = table
        self.bytes = image.bytes
        self.hardVote = meta.load(fromByteOffset: 0, as: Float.self)
        self.dropMargin = meta.load(fromByteOffset: 4, as: Float.self)
        self.keepMargin = meta.load(fromByteOffset: 8, as: Float.self)
        self.multiWordKeepMargin = meta.load(fromByteOffset: 12, as: Float.self)
        self.featureCount = Int(meta.load(fromByteOffset: 16, as: UInt64.self).littleEndian)
    }

    /// The compiled sections for a model's text: its settings, and its weights summed per feature key as
    /// `FeatureTable` sums them (two names may hash alike).
    static func sections(text: String) -> [(tag: String, bytes: [UInt8])] {
        var rows: [(UInt64, SIMD4<Float>)] = []
        var hard: Float = 3, drop = Float.infinity, keep: Float = 0, multi: Float? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            if line.hasPrefix("@") {
                guard f.count == 2, let v = Float(f[1]) else { continue }
                switch f[0] {
                case "@hard": hard = v
                case "@drop": drop = v
                case "@keep": keep = v
                case "@multi": multi = v
                default: break
                }
                continue
            }
            guard f.count == 5, let eq = f[0].firstIndex(of: "=") else { continue }
            let w = f[1...4].compactMap { Float($0) }
            guard w.count == 4 else { continue }
            let key = MentionFeatures.key(template: String(f[0][..<eq]), value: String(f[0][f[0].index(after: eq)...]))
            rows.append((key, SIMD4(w[0], w[1], w[2], w[3])))
        }
        var table = FeatureTable(capacity: rows.count)
        for (k, w) in rows { table.add(k, w) }
        var meta = ResourceWriter()
        for v in [hard, drop, keep, multi ?? keep] { meta.f32(v) }
        meta.u64(UInt64(table.count))
        let weights = table.entries.map { e in
            (key: e.key, value: withUnsafeBytes(of: e.weights) { Array($0) })
        }
        return [("TYPM", meta.bytes), ("TYPT", CompiledKeyTable.encode(weights, valueSize: 16))]
    }

    public convenience init(contentsOfFile path: String) throws {
        self.init(text: try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The summed weights of a candidate's features.
    @inline(__always)
    func scores(_ keys: [UInt64]) -> TyperScores {
        var s = TyperScores()
        // Key 0 is stored as 1, as `FeatureTable` stores it.
        for k in keys { if let i = table.index(k == 0 ? 1 : k) { s.values += table.value(i, as: SIMD4<Float>.self) } }
        return s
    }
}
