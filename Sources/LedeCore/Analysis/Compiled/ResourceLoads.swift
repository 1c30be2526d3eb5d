import Foundation

/// The first load of each resource the analysis reads, timed: what `lede-bench resources` prints. Each
/// resource loads once per process, so this means something only in a process that has not analysed yet.
public enum ResourceLoads {
    public static func timeEach() -> [(name: String, seconds: Double)] {
        var out: [(String, Double)] = []
        func time(_ name: String, _ body: () -> Void) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            out.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        }
        time("gazetteer") { _ = Gazetteer.shared.longestPhrase }
        time("mention typer") { _ = MentionTyper.shared.featureCount }
        time("given-name genders") { _ = GenderLexicon.givenNames.count }
        time("name tagger") { _ = NameTagger.shared.featureCount }
        time("word clusters") { _ = WordClusters.shared.cluster(0) }
        return out
    }
}
