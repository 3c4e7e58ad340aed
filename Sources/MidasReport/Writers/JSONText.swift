/// A JSON value written deterministically: keys sorted, two-space indent, numbers in shortest
/// round-trip form, non-finite numbers as `null`.
public indirect enum JSONText: Sendable, Equatable {
    /// A number (non-finite → `null`).
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// A string.
    case string(String)
    /// A boolean.
    case bool(Bool)
    /// `null`.
    case null
    /// An array, in order.
    case array([JSONText])
    /// An object; written with its keys sorted.
    case object([String: JSONText])

    /// The document text, ending in a newline.
    public var document: String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .number(let value): out += NumberFormatting.json(value)
        case .integer(let value): out += String(value)
        case .string(let value): out += Self.quoted(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.write(into: &out, indent: indent + "  ")
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                out += indent + "  " + Self.quoted(key) + ": "
                members[key]!.write(into: &out, indent: indent + "  ")
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
