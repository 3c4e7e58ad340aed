import MidasCore

/// The records of a CSV file (RFC 4180: `,` separators, `"` quoting with `""` escapes, LF or CRLF
/// line ends), as text fields; the first record is the header.
struct CSVRecords: Equatable {
    /// Every record in file order, header first.
    var records: [[String]]

    /// Splits `bytes` into records.
    ///
    /// - Throws: ``InputError`` naming `file` and the line of a quoted field that never closes.
    init(parsing bytes: [UInt8], file: String) throws {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var line = 1
        var index = 0
        var isInQuotes = false
        var quotedFieldLine = 0
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if isInQuotes {
                if byte == quote {
                    if index < bytes.count, bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        isInQuotes = false
                    }
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote:
                isInQuotes = true
                quotedFieldLine = line
            case comma:
                endField()
            case newline:
                endField()
                records.append(record)
                record = []
                line += 1
            case carriageReturn where index < bytes.count && bytes[index] == newline:
                break
            default:
                field.append(byte)
            }
        }
        if isInQuotes {
            throw InputError(.badValue, file: file, line: quotedFieldLine, detail: "quoted field never closes")
        }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        self.records = records
    }
}
