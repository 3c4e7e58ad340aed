import MidasCore

/// A canonical text of a configuration tree, for settings fingerprints.
///
/// Comments and layout never reach a `ConfigValue`; here map keys are sorted (their order
/// carries no meaning outside `grid`, whose order is already spelled out in variant ids) and
/// numbers are written in shortest round-trip form, so `0.20` and `0.2` agree.
enum CanonicalText {
    static func of(_ value: ConfigValue) -> String {
        var text = ""
        write(value, into: &text)
        return text
    }

    private static func write(_ value: ConfigValue, into text: inout String) {
        switch value {
        case .null:
            text += "null"
        case .scalar(let scalar):
            if let number = Double(scalar), number.isFinite {
                text += number.shortestText
            } else {
                quote(scalar, into: &text)
            }
        case .list(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                write(item, into: &text)
            }
            text += "]"
        case .map(let entries):
            text += "{"
            for (index, entry) in entries.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { text += "," }
                quote(entry.key, into: &text)
                text += ":"
                write(entry.value, into: &text)
            }
            text += "}"
        }
    }

    private static func quote(_ string: String, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            default:
                if scalar.value < 0x20 {
                    text += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
