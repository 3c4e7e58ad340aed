import Foundation
import MidasCore

/// The comparison of two run output folders (SPEC.md "Run outputs"): the variant sets, then every
/// file but `manifest.json` and `report.html`, CSV field by field and JSON structurally.
///
/// Each differing file contributes its first divergence only; a variant or file that only one run has
/// is one difference.
public struct RunComparison: Sendable, Equatable {
    /// The files that only describe a run and may legitimately differ between equal runs.
    public static let skippedFiles: Set<String> = ["manifest.json", "report.html"]
    /// The files every variant folder must hold.
    public static let variantFiles = ["equity.csv", "fills.csv", "trades.csv", "decisions.csv", "metrics.json"]

    /// How many files both runs had and were compared.
    public var filesCompared: Int
    /// The differences, in the order found: top-level files, then variants by name, files in a fixed order.
    public var differences: [FileDifference]

    /// Whether the runs are equal within the tolerance.
    public var isIdentical: Bool { differences.isEmpty }

    /// `12 files compared, 2 differing`.
    public var summary: String {
        "\(filesCompared) files compared, \(differences.count) differing"
    }

    /// Compares the run folders `first` (A) and `second` (B).
    ///
    /// - Throws: ``InputError`` (`missingFile`) when a folder, its `summary.csv` or a variant's required
    ///   file is missing, and (`badValue`) when a file cannot be read or parsed.
    public init(first: URL, second: URL, tolerance: Tolerance = .exact) throws {
        let firstRun = try RunFolder(url: first)
        let secondRun = try RunFolder(url: second)
        filesCompared = 0
        differences = []
        try compareFiles(
            firstRun.files, secondRun.files, in: first, second, variant: nil, tolerance: tolerance)
        for variant in Set(firstRun.variants).union(secondRun.variants).sorted() {
            let isInFirst = firstRun.variants.contains(variant)
            guard isInFirst, secondRun.variants.contains(variant) else {
                let side: RunSide = isInFirst ? .first : .second
                differences.append(FileDifference(variant: variant, file: nil, divergence: .variantOnlyIn(side)))
                continue
            }
            let firstFolder = first.appendingPathComponent(variant, isDirectory: true)
            let secondFolder = second.appendingPathComponent(variant, isDirectory: true)
            try compareFiles(
                try RunFolder.variantFiles(in: firstFolder), try RunFolder.variantFiles(in: secondFolder),
                in: firstFolder, secondFolder, variant: variant, tolerance: tolerance)
        }
    }

    private mutating func compareFiles(
        _ firstFiles: [String], _ secondFiles: [String], in firstFolder: URL, _ secondFolder: URL,
        variant: String?, tolerance: Tolerance
    ) throws {
        for file in RunFolder.ordered(Set(firstFiles).union(secondFiles)) {
            guard firstFiles.contains(file), secondFiles.contains(file) else {
                let side: RunSide = firstFiles.contains(file) ? .first : .second
                differences.append(FileDifference(variant: variant, file: file, divergence: .fileOnlyIn(side)))
                continue
            }
            filesCompared += 1
            let firstURL = firstFolder.appendingPathComponent(file)
            let secondURL = secondFolder.appendingPathComponent(file)
            let firstBytes = try RunFolder.contents(of: firstURL)
            let secondBytes = try RunFolder.contents(of: secondURL)
            if firstBytes == secondBytes { continue }
            let divergence: FileDifference.Divergence?
            if file.hasSuffix(".csv") {
                divergence = TableComparison.firstDivergence(
                    try CSVRecords(parsing: firstBytes, file: firstURL.path).records,
                    try CSVRecords(parsing: secondBytes, file: secondURL.path).records, tolerance: tolerance)
            } else if file.hasSuffix(".json") {
                divergence = DocumentComparison.firstDivergence(
                    try JSONValue(parsing: firstBytes, file: firstURL.path),
                    try JSONValue(parsing: secondBytes, file: secondURL.path), tolerance: tolerance)
            } else {
                let offset = zip(firstBytes, secondBytes).prefix { $0 == $1 }.count
                divergence = .bytes(offset: offset)
            }
            if let divergence {
                differences.append(FileDifference(variant: variant, file: file, divergence: divergence))
            }
        }
    }
}
