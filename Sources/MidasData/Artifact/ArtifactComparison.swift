import MidasCore
import SQLiteKit

/// Two artifacts compared by their logical content, SPEC.md's views `bar_context_v` and
/// `chain_quotes_v`, row by row and column by column; the file bytes may differ.
public struct ArtifactComparison: Sendable {
    /// The first divergence of one view.
    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        /// The view, `bar_context_v` or `chain_quotes_v`.
        public var view: String
        /// 1-based row number in the view's order; 0 for a difference in the columns themselves.
        public var row: Int
        /// The differing column, or `nil` when one artifact has no row `row`.
        public var column: String?
        /// The value in the first artifact (`NULL`, or `(no row)`).
        public var first: String
        /// The value in the second artifact.
        public var second: String

        /// `chain_quotes_v row 5 column bid: 1.5 vs 1.5000000000000002`.
        public var description: String {
            let place = row == 0 ? "columns" : "row \(row)" + (column.map { " column \($0)" } ?? "")
            return "\(view) \(place): \(first) vs \(second)"
        }
    }

    /// The views compared, in order.
    public static let views = ["bar_context_v", "chain_quotes_v"]

    /// At most one difference per view, in ``views`` order.
    public private(set) var differences: [Difference] = []
    /// Per view (``views`` order), the row counts of the first and second artifact.
    public private(set) var rowCounts: [(first: Int, second: Int)] = []

    /// Compares the artifacts at two paths.
    ///
    /// - Throws: ``InputError`` or ``ArtifactError`` (exit 2) when either is not a readable artifact.
    public init(first: String, second: String) throws {
        let firstDatabase = try Self.open(first)
        let secondDatabase = try Self.open(second)
        for view in Self.views {
            do {
                let a = try firstDatabase.prepare("SELECT * FROM \(view)")
                let b = try secondDatabase.prepare("SELECT * FROM \(view)")
                try compare(view: view, a, b)
            } catch let error as SQLiteError {
                throw ArtifactError(path: "\(first) or \(second)", detail: "reading \(view): \(error.message)")
            }
        }
    }

    /// Whether both views hold the same rows.
    public var isIdentical: Bool { differences.isEmpty }

    /// One line: per view, identical or not, with its row counts.
    public var summary: String {
        zip(Self.views, rowCounts).map { view, counts in
            let verdict = differences.contains { $0.view == view } ? "differs" : "identical"
            let rows =
                counts.first == counts.second ? "\(counts.first) rows" : "\(counts.first) vs \(counts.second) rows"
            return "\(view) \(verdict) (\(rows))"
        }.joined(separator: "; ")
    }

    private mutating func compare(view: String, _ a: Statement, _ b: Statement) throws {
        let columns = (0..<a.columnCount).map(a.columnName(at:))
        let otherColumns = (0..<b.columnCount).map(b.columnName(at:))
        var found: Difference?
        if columns != otherColumns {
            found = Difference(
                view: view, row: 0, column: nil, first: columns.joined(separator: ","),
                second: otherColumns.joined(separator: ","))
        }
        var counts = (first: 0, second: 0)
        var (hasA, hasB) = (true, true)
        while true {
            // A finished statement is not stepped again: SQLite would rerun it from the start.
            if hasA { hasA = try a.step() }
            if hasB { hasB = try b.step() }
            if hasA { counts.first += 1 }
            if hasB { counts.second += 1 }
            guard hasA || hasB else { break }
            guard found == nil else { continue }
            guard hasA, hasB else {
                found = Difference(
                    view: view, row: max(counts.first, counts.second), column: nil,
                    first: hasA ? "(a row)" : "(no row)", second: hasB ? "(a row)" : "(no row)")
                continue
            }
            for column in 0..<a.columnCount {
                let left = a.value(at: column)
                let right = b.value(at: column)
                if left != right {
                    found = Difference(
                        view: view, row: counts.first, column: columns[Int(column)], first: Self.text(left),
                        second: Self.text(right))
                    break
                }
            }
        }
        if let found { differences.append(found) }
        rowCounts.append(counts)
    }

    private static func open(_ path: String) throws -> Connection {
        _ = try ArtifactReader(path: path)
        do {
            let database = try Connection(path: path, mode: .readOnly)
            try database.execute("PRAGMA mmap_size = 4294967296")
            return database
        } catch let error as SQLiteError {
            throw ArtifactError(path: path, detail: error.message)
        }
    }

    private static func text(_ value: SQLiteValue) -> String {
        switch value {
        case .integer(let integer): return "\(integer)"
        case .real(let real): return "\(real)"
        case .text(let text): return text
        case .blob(let bytes): return "BLOB of \(bytes.count) bytes"
        case .null: return "NULL"
        }
    }
}
