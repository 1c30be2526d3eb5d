/// Why the analysis decided something, for `lede analyze --explain`: the named rule (or model) that decided it
/// and the clues behind it. Only filled in when `AnalysisOptions.explain` is set; nil otherwise, so the
/// ordinary analysis pays nothing for it.
///
/// One shape for every kind of decision (an entity mention's span and type, an entity's type, a fact), so
/// scripts and the text summary read them alike: `rule` is one stable kebab-case name ("name-run",
/// "known-name", "typer"), `why` a list of short readable clues, strongest first.
public struct Explanation: Hashable, Codable, Sendable {
    /// The rule or model that decided.
    public var rule: String
    /// The clues that led to it: "person 5.5 (title-before, given-name-first)", "typer: organization +2.3".
    public var why: [String]

    public init(rule: String, why: [String] = []) {
        self.rule = rule
        self.why = why
    }
}
