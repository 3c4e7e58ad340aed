import MidasCore

/// A documented renaming of the columns of near-canonical series files: `columns.yaml` in the
/// symbol's raw folder, keyed by file name, mapping each canonical column to the file's own name.
///
/// ```yaml
/// vix.csv:
///   close: india_vix
/// ```
///
/// The file's other columns are ignored as usual, so histories with extra columns need no edit.
public struct ColumnMapping: Sendable, Equatable {
    /// The mapping file's name in the symbol folder.
    public static let fileName = "columns.yaml"

    /// Per raw file name (`bars_1d.csv`, `vix.csv`, …), canonical column → the file's column.
    public let files: [String: [String: String]]

    /// Creates a mapping.
    public init(files: [String: [String: String]] = [:]) {
        self.files = files
    }

    /// The renames for one raw file (empty when it has none).
    public func columns(for fileName: String) -> [String: String] { files[fileName] ?? [:] }

    /// Parses a mapping file's text; `file` names it in errors.
    ///
    /// - Throws: `InputError` for YAML that is not a map of file names to maps of column names.
    public static func parse(_ text: String, file: String) throws -> ColumnMapping {
        let root = try PipelineYAML.parse(text, file: file)
        guard case .map(let entries) = root else {
            throw InputError(.badValue, file: file, detail: "expected file names mapping to column renames")
        }
        var files: [String: [String: String]] = [:]
        for entry in entries {
            guard case .map(let renames) = entry.value else {
                throw InputError(
                    .badValue, file: file, field: entry.key, detail: "expected canonical column: file column pairs")
            }
            var columns: [String: String] = [:]
            for rename in renames {
                guard case .scalar(let name) = rename.value, !name.isEmpty else {
                    throw InputError(
                        .badValue, file: file, field: "\(entry.key).\(rename.key)", detail: "expected a column name")
                }
                columns[rename.key] = name
            }
            files[entry.key] = columns
        }
        return ColumnMapping(files: files)
    }
}

extension CSVHeader {
    /// The header with each mapped file column renamed to its canonical name (`renames`: canonical →
    /// file column). A column already bearing a mapped canonical name is hidden, so it cannot shadow
    /// the mapped one.
    ///
    /// - Throws: `missingColumn` when a mapped file column is not in the header.
    func renaming(_ renames: [String: String], file: String) throws -> CSVHeader {
        guard !renames.isEmpty else { return self }
        var names = self.names
        let canonical = Set(renames.keys.map { $0.lowercased() })
        for (position, name) in names.enumerated() where canonical.contains(name.lowercased()) {
            names[position] = "\(name) (replaced by \(ColumnMapping.fileName))"
        }
        for (target, source) in renames.sorted(by: { $0.key < $1.key }) {
            guard let position = index(of: source) else {
                throw InputError(
                    .missingColumn, file: file, line: 1, field: source,
                    detail: "\(ColumnMapping.fileName) maps \(target) to '\(source)', which the header lacks")
            }
            names[position] = target
        }
        return CSVHeader(names: names)
    }
}
