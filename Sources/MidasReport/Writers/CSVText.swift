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
        for (position, field) in fields.enumerated() {
            if position > 0 { text += "," }
            text += Self.escaped(field)
        }
        text += "\n"
    }

    /// The field as written: quoted (with doubled quotes) when it needs to be.
    public static func escaped(_ field: String) -> String {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard field.utf8.contains(where: special) else { return field }
        guard field.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + field + "\"" }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
