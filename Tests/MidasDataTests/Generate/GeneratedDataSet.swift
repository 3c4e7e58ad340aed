import Foundation
import MidasCore

@testable import MidasData

/// A synthetic data set generated into a fresh temporary folder, with readers for its files.
struct GeneratedDataSet {
    let root: URL
    let settings: GenerateSettings
    let summary: SyntheticMarket.Summary

    init(_ settings: GenerateSettings) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("midas-generate-\(UUID().uuidString)")
        self.settings = settings
        summary = try SyntheticMarket.generate(settings, into: root)
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: root) }

    var folder: URL { root.appendingPathComponent(settings.index.symbol) }

    /// Every file under the symbol's folder by relative path, with its bytes.
    func files() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for name in names where name.hasSuffix(".csv") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// The data rows of a file, split into fields (header dropped).
    func rows(_ name: String) throws -> [[Substring]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
    }
}

/// Settings for a small test data set.
func testSettings(
    _ index: IndexSpec = .nifty, from: String, to: String, timeframe: Timeframe = .daily, seed: UInt64 = 7
) -> GenerateSettings {
    GenerateSettings(index: index, from: Day(iso: from)!, to: Day(iso: to)!, timeframe: timeframe, seed: seed)
}
