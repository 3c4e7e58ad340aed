import MidasCore

/// A streaming CSV scanner over a file's bytes: one record at a time, no per-line strings.
///
/// Accepts a UTF-8 byte-order mark, LF and CRLF line ends, quoted fields with embedded commas,
/// line breaks and doubled quotes, and skips blank lines. The first record is the header.
/// Each call to ``next()`` moves to the following record, whose fields are read with
/// ``field(_:)`` until the next call. ``line`` is the 1-based line the record starts on.
///
/// ```swift
/// var scanner = try CSVScanner(bytes: buffer, file: "chain/2024-03-01.csv")
/// let strike = try scanner.header.require("strike", file: scanner.file)
/// while scanner.next() { let value = scanner.field(strike).number() }
/// ```
public struct CSVScanner {
    /// The file's name, for error messages.
    public let file: String
    /// The header row.
    public private(set) var header: CSVHeader
    /// The 1-based line on which the current record starts.
    public private(set) var line = 0
    /// How many fields the current record has.
    public private(set) var fieldCount = 0
    /// Whether the current record is the file's last, cut short: no final line end and fewer
    /// fields than the header, or a quoted field never closed.
    public private(set) var isTruncated = false

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var nextLine = 1
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var escaped: [Bool] = []

    /// Starts scanning `bytes` (which must outlive the scanner) and reads the header row.
    ///
    /// - Throws: `InputError.emptyFile` when there is no header.
    public init(bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        self.bytes = bytes
        self.file = file
        header = CSVHeader(names: [])
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        guard next() else { throw InputError(.emptyFile, file: file, detail: "no header row") }
        header = CSVHeader(names: (0..<fieldCount).map { field($0).string })
        if header.requiredFieldCount == 0 {
            throw InputError(.emptyFile, file: file, line: line, detail: "empty header")
        }
    }

    /// Replaces the header's names by `renamed` (same positions): a documented column mapping.
    mutating func renameColumns(_ renamed: CSVHeader) {
        header = renamed
    }

    /// The field at a column position of the current record; an empty field past its end.
    @inline(__always)
    public func field(_ index: Int) -> CSVField {
        guard index < fieldCount else { return CSVField(bytes: UnsafeBufferPointer(rebasing: bytes[0..<0])) }
        return CSVField(
            bytes: UnsafeBufferPointer(rebasing: bytes[starts[index]..<ends[index]]),
            hasEscapedQuotes: escaped[index])
    }

    /// Whether the current record has every field the header requires.
    public var isComplete: Bool { fieldCount >= header.requiredFieldCount }

    /// Moves to the next record; `false` at the end of the file.
    public mutating func next() -> Bool {
        let count = bytes.count
        // Skip blank lines.
        while position < count {
            let byte = bytes[position]
            if byte == CSVByte.newline {
                position += 1
                nextLine += 1
            } else if byte == CSVByte.carriageReturn {
                position += 1
                if position < count, bytes[position] == CSVByte.newline { position += 1 }
                nextLine += 1
            } else {
                break
            }
        }
        guard position < count else { return false }
        line = nextLine
        fieldCount = 0
        isTruncated = false
        var p = position
        var endedWithNewline = false
        fields: while true {
            var start = p
            var end: Int
            var hasEscapes = false
            if p < count, bytes[p] == CSVByte.quote {
                p += 1
                start = p
                end = count
                var closed = false
                while p < count {
                    let byte = bytes[p]
                    if byte == CSVByte.quote {
                        if p + 1 < count, bytes[p + 1] == CSVByte.quote {
                            hasEscapes = true
                            p += 2
                            continue
                        }
                        end = p
                        p += 1
                        closed = true
                        break
                    }
                    if byte == CSVByte.newline { nextLine += 1 }
                    p += 1
                }
                if !closed { isTruncated = true }
                // Anything between the closing quote and the separator is ignored.
                while p < count, bytes[p] != CSVByte.comma, bytes[p] != CSVByte.newline,
                    bytes[p] != CSVByte.carriageReturn
                {
                    p += 1
                }
            } else {
                while p < count {
                    let byte = bytes[p]
                    if byte == CSVByte.comma || byte == CSVByte.newline || byte == CSVByte.carriageReturn { break }
                    p += 1
                }
                end = p
            }
            append(start: start, end: end, hasEscapes: hasEscapes)
            guard p < count else { break fields }
            let separator = bytes[p]
            p += 1
            if separator == CSVByte.comma { continue fields }
            if separator == CSVByte.carriageReturn, p < count, bytes[p] == CSVByte.newline { p += 1 }
            endedWithNewline = true
            break fields
        }
        position = p
        if endedWithNewline {
            nextLine += 1
        } else if fieldCount < header.requiredFieldCount {
            isTruncated = true
        }
        return true
    }

    @inline(__always)
    private mutating func append(start: Int, end: Int, hasEscapes: Bool) {
        if fieldCount < starts.count {
            starts[fieldCount] = start
            ends[fieldCount] = end
            escaped[fieldCount] = hasEscapes
        } else {
            starts.append(start)
            ends.append(end)
            escaped.append(hasEscapes)
        }
        fieldCount += 1
    }
}
