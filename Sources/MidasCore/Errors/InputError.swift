/// A rejected input: the file, line and field that caused it, and why.
///
/// Every bad row, bad flag and bad pipeline key ends up as one of these, so the user reads
/// one sentence naming exactly where to look, and the CLI exits with code 2.
public struct InputError: MidasFailure, Equatable {
    /// Why an input was rejected: one case per rule of SPEC.md's "Bad input".
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        case missingFile = "missing file"
        case missingColumn = "missing column"
        case emptyFile = "empty file"
        case truncatedLine = "truncated last line"
        case badNumber = "unparsable number"
        case badDate = "unparsable date or time"
        case notFinite = "NaN or infinite value"
        case nonPositivePrice = "negative or zero price"
        case highBelowLow = "high below low"
        case notIncreasing = "timestamps not increasing"
        case duplicate = "duplicated timestamp or key"
        case bidAboveAsk = "bid above ask"
        case expiryBeforeQuote = "expiry before the quote time"
        case offGrid = "strike not on the symbol's grid"
        case badOptionType = "wrong option type"
        case badValue = "bad value"
        case unknownKey = "unknown key"
        case unknownFormat = "unrecognised file format"
    }

    /// The rule that was broken.
    public var reason: Reason
    /// The file (or pipeline, or flag) at fault.
    public var file: String
    /// 1-based line number in `file`, when there is one.
    public var line: Int?
    /// The column, key path or flag at fault, when there is one.
    public var field: String?
    /// Details a user can act on (the offending value, what was expected).
    public var detail: String

    /// Creates an input error.
    public init(_ reason: Reason, file: String, line: Int? = nil, field: String? = nil, detail: String = "") {
        self.reason = reason
        self.file = file
        self.line = line
        self.field = field
        self.detail = detail
    }

    /// Always `.badInput`.
    public var kind: FailureKind { .badInput }

    /// `file:line: field 'x': reason: detail`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        var text = "\(place): "
        if let field { text += "field '\(field)': " }
        text += reason.rawValue
        if !detail.isEmpty { text += ": \(detail)" }
        return text
    }
}
