import MidasCore

/// The header row of a CSV file: column names mapped to their positions.
///
/// Names are trimmed of surrounding spaces (NSE pads some) and matched without regard to ASCII
/// case. A trailing empty column, as NSE's legacy bhavcopy writes with its closing comma, is
/// allowed and not required of the rows.
public struct CSVHeader: Sendable, Equatable {
    /// The column names in file order, trimmed.
    public let names: [String]
    /// The number of fields a complete row carries: the columns before any trailing empty ones.
    public let requiredFieldCount: Int

    /// Creates a header from its names (trimmed here).
    public init(names: [String]) {
        let trimmed = names.map { CSVHeader.trim($0) }
        self.names = trimmed
        var required = trimmed.count
        while required > 0, trimmed[required - 1].isEmpty { required -= 1 }
        requiredFieldCount = required
    }

    /// The position of a column, matched case-insensitively; `nil` when the file has none.
    public func index(of name: String) -> Int? {
        let wanted = name.lowercased()
        return names.firstIndex { !$0.isEmpty && $0.lowercased() == wanted }
    }

    /// Whether the file has a column of this name.
    public func contains(_ name: String) -> Bool { index(of: name) != nil }

    /// The position of a required column; a `missingColumn` error naming `file` otherwise.
    public func require(_ name: String, file: String) throws -> Int {
        guard let index = index(of: name) else {
            throw InputError(
                .missingColumn, file: file, line: 1, field: name,
                detail: "the header has \(names.filter { !$0.isEmpty }.joined(separator: ","))")
        }
        return index
    }

    static func trim(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
