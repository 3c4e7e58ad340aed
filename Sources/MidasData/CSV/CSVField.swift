import MidasCore

/// One field of the current CSV record: a view of the file's bytes, without its surrounding quotes.
///
/// A field is valid only while the scanned bytes are; parse it (``number(grouped:)``,
/// ``isoDay()``, ``timestamp()``, …) or copy it (``string``) before the scanner moves on.
public struct CSVField {
    /// The field's bytes, without surrounding quotes (doubled quotes inside still doubled).
    public let bytes: UnsafeBufferPointer<UInt8>
    /// Whether the quoted field holds doubled quotes (`""`) that ``string`` unescapes.
    public let hasEscapedQuotes: Bool

    /// Wraps the bytes of one field.
    public init(bytes: UnsafeBufferPointer<UInt8>, hasEscapedQuotes: Bool = false) {
        self.bytes = bytes
        self.hasEscapedQuotes = hasEscapedQuotes
    }

    /// Whether the field is empty (or only spaces).
    public var isEmpty: Bool { trimmedBounds.lower == trimmedBounds.upper }

    /// The field as text, doubled quotes unescaped and surrounding spaces kept.
    public var string: String {
        guard hasEscapedQuotes else { return String(decoding: bytes, as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            out.append(bytes[i])
            i += bytes[i] == CSVByte.quote && i + 1 < bytes.count && bytes[i + 1] == CSVByte.quote ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the field, trimmed of spaces, equals `text` ignoring ASCII case.
    public func matches(_ text: some StringProtocol) -> Bool {
        let (lower, upper) = trimmedBounds
        let other = text.utf8
        guard upper - lower == other.count else { return false }
        var i = lower
        for byte in other {
            guard CSVByte.lowercase(bytes[i]) == CSVByte.lowercase(byte) else { return false }
            i += 1
        }
        return true
    }

    /// The option type written `CE`/`PE` (also `C`/`P`, `CALL`/`PUT`, any case); `nil` otherwise.
    public func optionType() -> OptionType? {
        if matches("CE") || matches("C") || matches("CALL") { return .call }
        if matches("PE") || matches("P") || matches("PUT") { return .put }
        return nil
    }

    /// Bounds of the field without leading and trailing spaces or tabs.
    var trimmedBounds: (lower: Int, upper: Int) {
        var lower = 0
        var upper = bytes.count
        while lower < upper, CSVByte.isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, CSVByte.isBlank(bytes[upper - 1]) { upper -= 1 }
        return (lower, upper)
    }
}

/// The ASCII bytes the CSV scanner and field parsers look for.
enum CSVByte {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let zero = UInt8(ascii: "0")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// The digit's value, or a value above 9 for any other byte.
    @inline(__always)
    static func digit(_ byte: UInt8) -> UInt8 { byte &- zero }

    static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
