/// One of the two run outputs being compared: `A` is the first argument, `B` the second.
public enum RunSide: String, Sendable, Equatable {
    case first = "A"
    case second = "B"
}

/// The first divergence found in one compared file, or a variant or file that only one run has.
public struct FileDifference: Sendable, Equatable, CustomStringConvertible {
    /// Where and how the two runs first part ways.
    public enum Divergence: Sendable, Equatable {
        /// The whole variant folder exists in only one run.
        case variantOnlyIn(RunSide)
        /// The file exists in only one run.
        case fileOnlyIn(RunSide)
        /// The CSV headers differ at a 1-based column position; `nil` where a header is shorter.
        case header(position: Int, first: String?, second: String?)
        /// A CSV field differs in data row `row` (1-based, header excluded); `nil` where a row is shorter.
        case field(row: Int, column: String, first: String?, second: String?)
        /// Data row `row` (1-based) exists in only one run: the other file ends before it.
        case rowOnlyIn(RunSide, row: Int)
        /// JSON values differ at `path` (e.g. `$.by_regime.range.trades`); `nil` where the key or index
        /// is absent. Values are compact JSON text.
        case json(path: String, first: String?, second: String?)
        /// Files that are neither CSV nor JSON differ from this 0-based byte offset on.
        case bytes(offset: Int)
    }

    /// The variant folder, or `nil` for a file at the top of the run folder.
    public var variant: String?
    /// The file name (`fills.csv`), or `nil` when the difference is a whole variant.
    public var file: String?
    /// What differs.
    public var divergence: Divergence

    /// Creates a difference.
    public init(variant: String?, file: String?, divergence: Divergence) {
        self.variant = variant
        self.file = file
        self.divergence = divergence
    }

    /// The file's path relative to the run folder, e.g. `ic_30/fills.csv`.
    public var relativePath: String {
        [variant, file].compactMap { $0 }.joined(separator: "/")
    }

    /// One line, e.g. `ic_30/fills.csv: row 12, column price: A 101.25, B 101.25000000000001`.
    public var description: String {
        let place = relativePath
        switch divergence {
        case .variantOnlyIn(let side):
            return "\(place): variant only in \(side.rawValue)"
        case .fileOnlyIn(let side):
            return "\(place): file only in \(side.rawValue)"
        case .header(let position, let first, let second):
            return "\(place): header, column \(position): \(Self.values(first, second))"
        case .field(let row, let column, let first, let second):
            return "\(place): row \(row), column \(column): \(Self.values(first, second))"
        case .rowOnlyIn(let side, let row):
            return "\(place): row \(row) only in \(side.rawValue)"
        case .json(let path, let first, let second):
            return "\(place): \(path): \(Self.values(first, second))"
        case .bytes(let offset):
            return "\(place): differs from byte \(offset)"
        }
    }

    private static func values(_ first: String?, _ second: String?) -> String {
        func show(_ value: String?) -> String {
            guard let value else { return "(absent)" }
            if value.isEmpty { return "(empty)" }
            return value.count > 80 ? value.prefix(77) + "..." : value
        }
        return "A \(show(first)), B \(show(second))"
    }
}
