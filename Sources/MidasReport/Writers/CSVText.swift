/// Builds CSV text: a header row, then rows of fields, `\n` line ends, RFC 4180 quoting.
public struct CSVText: Sendable {
    /// The text so far.
    public private(set) var text: String

    /// Starts a document with its header row.
    public init(header: [String]) {
        text = ""
        append(header)
    }

    /// Appends one row; a field holding a comma, quote or line break is quoted.
    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escaped).joined(separator: ",")
        text += "\n"
    }

    /// The field as written: quoted (with doubled quotes) when it needs to be.
    public static func escaped(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
