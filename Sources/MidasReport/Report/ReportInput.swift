import Foundation
import MidasCore

/// What the report reads from a run folder: the manifest's text fields and versions, the summary table and
/// every variant listed in it, in summary order.
struct ReportInput {
    /// The manifest's top-level text fields (`pipeline`, `source`, `symbol`, `range`, …).
    var manifest: [String: String]
    /// The manifest's `versions`, as text.
    var versions: [String: String]
    /// `summary.csv`.
    var summary: CSVTable
    /// The variants, in `summary.csv` order.
    var variants: [VariantSeries]

    /// Reads the run folder at `folder`.
    ///
    /// - Throws: ``InputError`` when the folder, `manifest.json`, `summary.csv` or a variant's file is missing,
    ///   or a file does not parse.
    init(folder: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(.missingFile, file: folder.path, detail: "not a run output folder")
        }
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw InputError(.missingFile, file: manifestURL.path)
        }
        guard
            case .object(let members) = try JSONValue(
                parsing: try RunFolder.contents(of: manifestURL), file: manifestURL.path)
        else {
            throw InputError(.badValue, file: manifestURL.path, detail: "manifest.json is not a JSON object")
        }
        manifest = members.compactMapValues { value in
            if case .string(let text) = value { return text }
            return nil
        }
        versions = [:]
        if case .object(let entries) = members["versions"] {
            versions = entries.mapValues { value in
                if case .string(let text) = value { return text }
                return value.rendered
            }
        }
        let summary = try CSVTable(url: folder.appendingPathComponent("summary.csv"))
        self.summary = summary
        let variantColumn = try summary.requiredPosition(of: "variant")
        let strategyColumn = summary.position(of: "strategy")
        variants = try summary.rows.indices.map { row in
            let id = summary.text(row: row, at: variantColumn)
            guard !id.isEmpty, !id.hasPrefix("."), !id.contains("/") else {
                throw InputError(.badValue, file: summary.file, line: row + 2, field: "variant", detail: id)
            }
            return try VariantSeries(
                folder: folder.appendingPathComponent(id, isDirectory: true), id: id,
                strategy: strategyColumn.map { summary.text(row: row, at: $0) } ?? "")
        }
    }
}
