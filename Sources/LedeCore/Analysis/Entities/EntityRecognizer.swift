/// Finds the named entities of an article and groups their mentions. (Filled in by the entity work.)
public enum EntityRecognizer {
    public static func recognize(_ context: AnalysisContext) -> [Entity] {
        []
    }
}
