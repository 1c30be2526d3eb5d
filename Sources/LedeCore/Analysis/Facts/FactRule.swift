/// The names `lede analyze --explain` gives the fact rules, and the clue each speaker resolution adds:
/// "quote-verb-after" with "speaker: he or she, the nearest person who fits".
enum FactRule {
    /// `kind` "quote" or "attribution"; `rule` the extractor's rule with the resolution after a "+"
    /// ("verb-after+pronoun"); `speaker` who it went to.
    static func explanation(_ kind: String, _ rule: String, speaker: String?) -> Explanation {
        let parts = rule.split(separator: "+").map(String.init)
        var why: [String] = []
        if let s = speaker { why.append("speaker: \(s)") }
        if parts.count > 1, let clue = resolutions[parts[1]] { why.append(clue) }
        if let clue = clues[parts[0]] { why.append(clue) }
        return Explanation(rule: kind + "-" + parts[0], why: why)
    }

    private static let resolutions: [String: String] = [
        "pronoun": "pronoun resolved to the nearest one who fits (gender, subject, who spoke last)",
        "surname": "surname resolved to the person named in full before",
        "title": "title resolved to the person the article gave it",
        "organisation-noun": "'the company'-like noun resolved to the organisation just named",
        "document": "document resolved to who issued it",
    ]

    private static let clues: [String: String] = [
        "verb-after": "verb of saying after the closing mark",
        "verb-before": "verb of saying before the opening mark",
        "same-sentence": "verb of saying elsewhere in the quote's sentence",
        "list-intro": "the list's introduction ends in a verb of saying and a colon",
        "colon-subject": "the sentence leading into the quote with a colon names the speaker",
        "previous-sentence": "the sentence before the quote opens with the speaker",
        "previous-quote": "no verb of its own: the previous quote's speaker in the paragraph",
        "previous-paragraph": "its paragraph attributes nothing: the previous paragraph's speaker",
        "joined": "joined by 'and' or a comma to the quote before it",
        "according-to": "according to / per",
        "subject-verb": "subject before the verb of saying",
        "verb-subject": "subject after the verb, the reported clause before it",
        "coordinated": "verb joined to an earlier verb of saying: same subject",
        "clause-subject": "participle or verb after 'and': the clause's subject",
    ]
}
